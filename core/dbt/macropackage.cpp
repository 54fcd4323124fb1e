#include "macropackage.h"

#include "core/util/textfile.h"

#include <QDir>
#include <QFile>

namespace Trellis::Core::Dbt {

namespace {

void parseInto(MacroPackage &package, const QByteArray &utf8, const QString &fileName,
               const Jinja::Environment &environment, std::vector<Error> &problems)
{
    auto parsed = environment.parse(std::string_view(utf8.constData(), std::size_t(utf8.size())),
                                    fileName.toStdString());
    if (!parsed) {
        problems.push_back(parsed.error());
        return;
    }
    package.templates.push_back(std::move(*parsed));
}

} // namespace

MacroPackage MacroLoader::load(const QString &packageName, const QStringList &files,
                               const Jinja::Environment &environment, std::vector<Error> &problems)
{
    MacroPackage package{packageName, {}};
    for (const QString &file : files) {
        Result<QByteArray> bytes = TextFile::readUtf8(file);
        if (!bytes) {
            problems.push_back(bytes.error());
            continue;
        }
        parseInto(package, *bytes, file, environment, problems);
    }
    return package;
}

MacroPackage MacroLoader::builtins(const Jinja::Environment &environment)
{
    MacroPackage package{QStringLiteral("dbt"), {}};
    std::vector<Error> problems;
    const QDir folder(QStringLiteral(":/trellis/dbt/macros"));
    for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        parseInto(package, file.readAll(), file.fileName(), environment, problems);
    }
    // The built-ins are part of the program: a syntax error there is a bug, caught by tests.
    Q_ASSERT_X(problems.empty(), "MacroLoader::builtins",
               problems.empty() ? "" : qPrintable(problems.front().toString()));
    return package;
}

} // namespace Trellis::Core::Dbt
