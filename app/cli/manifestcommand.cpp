#include "app/cli/verbparser.h"
#include "app/cli/verbs.h"
#include "core/graph/manifestbuilder.h"
#include "core/graph/manifestjson.h"
#include "core/util/textfile.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace Trellis::App::Cli {

namespace {

class ManifestCommand
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::App::Cli::ManifestCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
    {
        VerbParser parser(QStringLiteral("manifest"),
                          tr("Writes the workspace's manifest.json (dbt's schema v12)."),
                          QStringLiteral("PATH"), tr("Workspace folder."));
        const QCommandLineOption file({QStringLiteral("o"), QStringLiteral("output")},
                                      tr("Where to write manifest.json ('-' for standard output)."),
                                      QStringLiteral("FILE"));
        parser.options().addOption(file);
        if (const int exit = parser.parse(arguments, out, err); exit >= 0)
            return exit;
        if (!parser.options().isSet(file)) {
            err << tr("trellis manifest: -o FILE is required") << '\n';
            return UsageError;
        }
        if (!QFileInfo(parser.positional()).isDir()) {
            err << tr("trellis manifest: '%1' is not a folder").arg(parser.positional()) << '\n';
            return UsageError;
        }
        const Core::Manifest manifest = Core::ManifestBuilder::build(parser.positional());
        const QByteArray json = QJsonDocument(Core::ManifestJson::write(
                                                  manifest, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)))
                                    .toJson(QJsonDocument::Indented);
        const QString target = parser.options().value(file);
        if (target == QLatin1String("-")) {
            out << json;
            return Success;
        }
        if (const Core::Result<void> saved = Core::TextFile::writeAtomically(target, json); !saved) {
            err << saved.error().toString() << '\n';
            return Failure;
        }
        out << tr("Wrote %1 nodes to %2").arg(manifest.nodes.size()).arg(target) << '\n';
        return Success;
    }
};

} // namespace

Verb manifestVerb()
{
    return {QStringLiteral("manifest"), ManifestCommand::tr("Write manifest.json for the workspace"),
            &ManifestCommand::run};
}

} // namespace Trellis::App::Cli
