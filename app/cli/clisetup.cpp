#include "clisetup.h"

#include "app/cli/verbs.h"
#include "trellis/version.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Trellis::App {

Cli::CommandLine Cli::makeCommandLine()
{
    return CommandLine({Cli::lsVerb(), Cli::manifestVerb(), Cli::parseVerb(), Cli::renderVerb(),
                        Cli::lineageVerb(), Cli::checkVerb(),
                        Cli::scorecardVerb(), Cli::compileVerb(), Cli::buildVerb(),
                        Cli::testVerb(), Cli::showVerb()});
}

void installTranslations(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QLatin1String(Core::kApplicationName));
    QCoreApplication::setOrganizationName(QLatin1String(Core::kOrganizationName));
    QCoreApplication::setApplicationVersion(QLatin1String(Core::kVersion));

    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("trellis"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace Trellis::App
