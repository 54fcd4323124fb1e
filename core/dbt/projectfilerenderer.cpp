#include "projectfilerenderer.h"

#include "core/jinja/callable.h"
#include "core/jinja/dict.h"
#include "core/util/textfile.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Trellis::Core::Dbt {

namespace {

bool holdsJinja(const QString &text)
{
    return text.contains(QLatin1String("{{")) || text.contains(QLatin1String("{%"));
}

// Keys below which dbt defers rendering to the node or the run.
bool isDeferredKey(QString key)
{
    while (key.startsWith(QLatin1Char('+')) || key.startsWith(QLatin1Char(' ')))
        key.remove(0, 1);
    return key == QLatin1String("pre-hook") || key == QLatin1String("post-hook")
           || key == QLatin1String("pre_hook") || key == QLatin1String("post_hook");
}

// dbt renders project values natively: the output is read as a Python literal when it is one.
QJsonValue nativeValue(const QString &rendered)
{
    const QString trimmed = rendered.trimmed();
    if (trimmed == QLatin1String("True"))
        return true;
    if (trimmed == QLatin1String("False"))
        return false;
    if (trimmed == QLatin1String("None"))
        return QJsonValue::Null;
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression real(QStringLiteral("^[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?$"));
    if (integer.match(trimmed).hasMatch())
        return trimmed.toLongLong();
    if (real.match(trimmed).hasMatch())
        return trimmed.toDouble();
    return rendered;
}

class Walker
{
public:
    Walker(const DbtProject &project, const Jinja::Environment &environment, const Target &target)
        : m_project(project)
        , m_environment(environment)
        , m_context(Jinja::makeRef<Jinja::Dict>())
    {
        m_context->set("env_var", envVarFunction());
        m_context->set("target", targetDictionary(target));
        m_context->set("var", Jinja::NativeFunction::make("var", [](Jinja::CallContext &, Jinja::Arguments &arguments)
                                                                      -> Result<Jinja::Value> {
            auto bound = Jinja::bindArguments("var", arguments, {"var_name", "default"}, 1);
            if (!bound)
                return fail(bound.error());
            if ((*bound)[1])
                return *(*bound)[1];
            return Jinja::failure("Required var '" + (*bound)[0]->str()
                                  + "' not found in config:\nVars supplied to <Configuration> = {}");
        }));
    }

    QJsonValue value(const QJsonValue &value)
    {
        if (value.isString())
            return string(value.toString());
        if (value.isArray()) {
            QJsonArray array;
            for (const QJsonValue &item : value.toArray())
                array.append(this->value(item));
            return array;
        }
        if (value.isObject())
            return object(value.toObject());
        return value;
    }

    QJsonObject object(const QJsonObject &object)
    {
        QJsonObject rendered;
        for (auto it = object.begin(); it != object.end(); ++it)
            rendered.insert(it.key(), isDeferredKey(it.key()) ? it.value() : value(it.value()));
        return rendered;
    }

    QString text(const QString &text)
    {
        const QJsonValue rendered = string(text);
        return rendered.isString() ? rendered.toString() : rendered.toVariant().toString();
    }

    std::vector<Error> takeProblems() { return std::move(m_problems); }

private:
    QJsonValue string(const QString &text)
    {
        if (!holdsJinja(text))
            return text;
        const QByteArray source = text.toUtf8();
        auto rendered = m_environment.renderString(std::string_view(source.constData(), std::size_t(source.size())),
                                                   m_project.projectFile.toStdString(),
                                                   Jinja::Value::dict(m_context));
        if (!rendered) {
            m_problems.push_back({m_project.projectFile, lineOf(text), 0,
                                  ProjectFileRenderer::tr("'%1' cannot be rendered: %2")
                                      .arg(text, rendered.error().message)});
            return text;
        }
        return nativeValue(QString::fromStdString(*rendered));
    }

    // The value's line in dbt_project.yml (the JSON tree no longer knows it). The file is
    // read again only when a value fails, which is rare.
    int lineOf(const QString &text)
    {
        if (m_fileText.isNull()) {
            Result<QString> file = TextFile::read(m_project.projectFile);
            m_fileText = file ? *file : QStringLiteral("");
        }
        const qsizetype at = m_fileText.indexOf(text);
        return at < 0 ? 0 : int(m_fileText.left(at).count(QLatin1Char('\n'))) + 1;
    }

    const DbtProject &m_project;
    const Jinja::Environment &m_environment;
    Jinja::Ref<Jinja::Dict> m_context;
    QString m_fileText;
    std::vector<Error> m_problems;
};

} // namespace

std::vector<Error> ProjectFileRenderer::render(DbtProject &project, const Jinja::Environment &environment,
                                               const Target &target)
{
    Walker walker(project, environment, target);
    project.profile = walker.text(project.profile);
    project.version = walker.text(project.version);
    for (QStringList *paths : {&project.paths.models, &project.paths.seeds, &project.paths.macros,
                               &project.paths.snapshots, &project.paths.tests, &project.paths.analyses,
                               &project.paths.docs}) {
        for (QString &path : *paths)
            path = walker.text(path);
    }
    for (QJsonObject *tree : {&project.modelsConfig, &project.seedsConfig, &project.snapshotsConfig,
                              &project.testsConfig, &project.sourcesConfig, &project.exposuresConfig,
                              &project.unitTestsConfig, &project.semanticModelsConfig,
                              &project.metricsConfig, &project.savedQueriesConfig, &project.flags,
                              &project.quoting})
        *tree = walker.object(*tree);
    project.dispatch = walker.value(project.dispatch).toArray();
    project.requireDbtVersion = walker.value(project.requireDbtVersion);
    return walker.takeProblems();
}

} // namespace Trellis::Core::Dbt
