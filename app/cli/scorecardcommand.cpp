#include "app/cli/verbparser.h"
#include "app/cli/verbs.h"
#include "core/graph/manifestbuilder.h"
#include "core/rules/dataproductscorecard.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <map>

namespace Trellis::App::Cli {

namespace {

using Card = Core::DataProductScorecard::ModelCard;

QJsonObject cardObject(const Card &card)
{
    QJsonObject checks;
    for (const Core::DataProductScorecard::Check &check : card.checks)
        checks.insert(check.characteristic, check.met);
    return {{QStringLiteral("unique_id"), card.model->uniqueId},
            {QStringLiteral("project"), card.model->packageName},
            {QStringLiteral("score"), card.met()},
            {QStringLiteral("out_of"), int(card.checks.size())},
            {QStringLiteral("characteristics"), checks}};
}

class ScorecardCommand
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::App::Cli::ScorecardCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
    {
        VerbParser parser(QStringLiteral("scorecard"),
                          tr("Scores every public model on the eight characteristics of a data "
                             "product, and each project on the average of its models."),
                          QStringLiteral("PATH"), tr("Workspace folder."));
        const QCommandLineOption format({QStringLiteral("format")}, tr("text (default) or json."),
                                        QStringLiteral("FORMAT"), QStringLiteral("text"));
        parser.options().addOption(format);
        if (const int exit = parser.parse(arguments, out, err); exit >= 0)
            return exit;
        const QString kind = parser.options().value(format);
        if (kind != QLatin1String("text") && kind != QLatin1String("json")) {
            err << tr("trellis scorecard: unknown format '%1'; use text or json").arg(kind) << '\n';
            return UsageError;
        }
        if (!QFileInfo(parser.positional()).isDir()) {
            err << tr("trellis scorecard: '%1' is not a folder").arg(parser.positional()) << '\n';
            return UsageError;
        }
        const Core::Manifest manifest = Core::ManifestBuilder::build(parser.positional());
        const std::vector<Card> cards = Core::DataProductScorecard::score(manifest);
        if (kind == QLatin1String("json")) {
            QJsonArray array;
            for (const Card &card : cards)
                array.append(cardObject(card));
            out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return Success;
        }
        std::map<QString, std::pair<int, int>> perProject; // project → (models, points)
        for (const Card &card : cards) {
            QStringList missing;
            for (const Core::DataProductScorecard::Check &check : card.checks) {
                if (!check.met)
                    missing.append(
                        QStringLiteral("%1 (%2)").arg(check.characteristic, check.missing));
            }
            out << QStringLiteral("%1 %2/%3")
                       .arg(card.model->uniqueId)
                       .arg(card.met())
                       .arg(card.checks.size());
            if (!missing.isEmpty())
                out << QStringLiteral(": ")
                    << tr("missing %1").arg(missing.join(QLatin1String(", ")));
            out << '\n';
            auto &[models, points] = perProject[card.model->packageName];
            ++models;
            points += card.met();
        }
        for (const auto &[project, totals] : perProject) {
            out << tr("project %1: average %2/8 (public models: %3)")
                       .arg(project)
                       .arg(double(totals.second) / totals.first, 0, 'f', 1)
                       .arg(totals.first)
                << '\n';
        }
        if (cards.empty())
            out << tr("No public models.") << '\n';
        return Success;
    }
};

} // namespace

Verb scorecardVerb()
{
    return {QStringLiteral("scorecard"),
            ScorecardCommand::tr("Score public models as data products"), &ScorecardCommand::run};
}

} // namespace Trellis::App::Cli
