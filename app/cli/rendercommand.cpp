#include "app/cli/verbparser.h"
#include "app/cli/verbs.h"
#include "core/jinja/renderfile.h"

#include <QTextStream>

#include <cstdio>

namespace Trellis::App::Cli {

namespace {

class RenderCommand
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::App::Cli::RenderCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
    {
        VerbParser parser(QStringLiteral("render"),
                          tr("Renders one Jinja template with plain Jinja (no dbt context) to standard "
                             "output, configured as dbt configures Jinja2."),
                          QStringLiteral("FILE"), tr("Template file."));
        const QCommandLineOption context({QStringLiteral("context")},
                                         tr("A JSON file holding an object of template variables."),
                                         QStringLiteral("JSON_FILE"));
        parser.options().addOption(context);
        if (const int exit = parser.parse(arguments, out, err); exit >= 0)
            return exit;

        const Core::Result<std::string> rendered
            = Core::Jinja::renderFile(parser.positional(), parser.options().value(context));
        if (!rendered) {
            err << rendered.error().toString() << '\n';
            return Failure;
        }
        // The output is written as the exact bytes Jinja produced, not re-encoded by the stream.
        out.flush();
        std::fwrite(rendered->data(), 1, rendered->size(), stdout);
        std::fflush(stdout);
        return Success;
    }
};

} // namespace

Verb renderVerb()
{
    return {QStringLiteral("render"), RenderCommand::tr("Render a Jinja template (for debugging macros)"),
            &RenderCommand::run};
}

} // namespace Trellis::App::Cli
