#include "buildsession.h"

#include "app/cli/commandline.h"
#include "core/graph/manifestbuilder.h"
#include "core/graph/selector.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Trellis::App::Cli {

using Core::Build::NodeOutcome;

namespace {

QString cellText(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.typeId() == QMetaType::QByteArray)
        return QStringLiteral("x'%1'").arg(QString::fromLatin1(value.toByteArray().toHex()));
    return value.toString();
}

QString csvField(const QVariant &value)
{
    if (value.isNull())
        return QString();
    QString text = cellText(value);
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')))
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
    return text;
}

QJsonValue jsonValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QString:
        return value.toString();
    case QMetaType::QByteArray:
        return cellText(value);
    default:
        return QJsonValue::Null;
    }
}

QString seconds(qint64 milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'f', 2) + QLatin1Char('s');
}

} // namespace

BuildSession::BuildSession(VerbParser &parser)
    : m_parser(parser)
    , m_select({QStringLiteral("select"), QStringLiteral("s")},
               tr("dbt selector of the nodes; repeatable."), QStringLiteral("SELECTOR"))
    , m_exclude({QStringLiteral("exclude")}, tr("dbt selector of nodes to leave out; repeatable."),
                QStringLiteral("SELECTOR"))
    , m_db({QStringLiteral("db")},
           tr("The workspace database (default: one per workspace in the user's cache folder)."),
           QStringLiteral("FILE"))
{
    m_parser.options().addOption(m_select);
    m_parser.options().addOption(m_exclude);
    m_parser.options().addOption(m_db);
}

int BuildSession::open(const QStringList &arguments, QTextStream &out, QTextStream &err,
                       const QList<Core::ResourceType> &types,
                       const std::function<void(Core::Build::BuildOptions &)> &configure,
                       Core::IndirectSelection tests)
{
    if (const int exit = m_parser.parse(arguments, out, err); exit >= 0)
        return exit;
    const QString path = m_parser.positional();
    if (!QFileInfo(path).isDir()) {
        err << tr("trellis: '%1' is not a folder").arg(path) << '\n';
        return UsageError;
    }
    m_manifest = Core::ManifestBuilder::build(path);
    const Core::Result<QStringList> selected
        = Core::selectNodes(m_manifest, m_parser.options().values(m_select),
                            m_parser.options().values(m_exclude), types, tests);
    if (!selected) {
        err << QStringLiteral("trellis: ") << selected.error().toString() << '\n';
        return UsageError;
    }
    m_selected = *selected;
    m_selected.sort();
    const QString dbPath = m_parser.options().isSet(m_db)
        ? m_parser.options().value(m_db)
        : Core::WorkspaceDatabase::defaultPath(path);
    auto database = Core::WorkspaceDatabase::open(dbPath);
    if (!database) {
        err << database.error().toString() << '\n';
        return Failure;
    }
    m_database = std::move(*database);
    Core::Build::BuildOptions options;
    if (configure)
        configure(options);
    if (options.compiledFolder.isEmpty())
        options.compiledFolder
            = QFileInfo(m_database->mainPath()).absolutePath() + QStringLiteral("/compiled");
    m_runner = std::make_unique<Core::Build::BuildRunner>(m_manifest, *m_database, options);
    for (const Core::Error &problem : m_runner->compiler().problems())
        err << problem.toString() << '\n';
    return -1;
}

void BuildSession::printOutcome(const NodeOutcome &outcome, int index, int total, QTextStream &out)
{
    const QString what = outcome.relation.isEmpty() ? outcome.name : outcome.relation;
    QString text;
    QString result;
    const QString rows = outcome.rowCount >= 0 ? QString::number(outcome.rowCount) : QString();
    switch (outcome.status) {
    case NodeOutcome::Status::Success:
        if (outcome.type == Core::ResourceType::Seed) {
            text = tr("OK loaded seed file %1").arg(what);
            result = QStringLiteral("INSERT ") + rows;
        } else if (outcome.materialized == QLatin1String("ephemeral")) {
            text = tr("OK compiled ephemeral model %1").arg(what);
            result = QStringLiteral("OK");
        } else if (outcome.type == Core::ResourceType::Source) {
            text = tr("OK source %1").arg(what);
            result = QStringLiteral("OK");
        } else {
            text = tr("OK created sql %1 model %2").arg(outcome.materialized, what);
            result = rows.isEmpty() ? QStringLiteral("OK") : QStringLiteral("SELECT ") + rows;
        }
        break;
    case NodeOutcome::Status::Reused:
        text = tr("REUSED %1 %2 (up to date)").arg(outcome.materialized, what);
        result = QStringLiteral("REUSED");
        break;
    case NodeOutcome::Status::Pass:
        text = tr("PASS %1").arg(what);
        result = QStringLiteral("PASS");
        break;
    case NodeOutcome::Status::Warn:
        text = tr("WARN %1 %2").arg(outcome.failures).arg(what);
        result = QStringLiteral("WARN %1").arg(outcome.failures);
        break;
    case NodeOutcome::Status::Fail:
        text = tr("FAIL %1 %2").arg(outcome.failures).arg(what);
        result = QStringLiteral("FAIL %1").arg(outcome.failures);
        break;
    case NodeOutcome::Status::Error:
        text = outcome.type == Core::ResourceType::Test
            ? tr("ERROR %1").arg(what)
            : tr("ERROR creating %1 %2").arg(outcome.materialized, what);
        result = QStringLiteral("ERROR");
        break;
    case NodeOutcome::Status::Skipped:
        text = tr("SKIP %1 %2").arg(outcome.materialized, what);
        result = QStringLiteral("SKIP");
        break;
    }
    const QString counter
        = total > 0 ? QStringLiteral("%1 of %2 ").arg(index).arg(total) : QString();
    QString line = counter + text + QLatin1Char(' ');
    const QString tail = QStringLiteral(" [%1 in %2]").arg(result, seconds(outcome.elapsedMs));
    line += QString(qMax(3, 80 - int(line.size())), QLatin1Char('.'));
    out << line << tail << '\n';
    if (!outcome.note.isEmpty())
        out << QStringLiteral("    ") << outcome.note << '\n';
    for (const Core::Error &error : outcome.errors)
        out << QStringLiteral("    ") << error.toString() << '\n';
    if (!outcome.detail.isEmpty()) {
        for (const QString &detailLine : outcome.detail.split(QLatin1Char('\n')))
            out << QStringLiteral("    ") << detailLine << '\n';
    }
    if (!outcome.sample.names.isEmpty()) {
        QString table;
        QTextStream stream(&table);
        printRows(outcome.sample, QStringLiteral("table"), stream);
        stream.flush();
        for (const QString &rowLine : table.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            out << QStringLiteral("    ") << rowLine << '\n';
    }
    out.flush();
}

int BuildSession::runAndSummarize(const QStringList &ids, QTextStream &out)
{
    QElapsedTimer timer;
    timer.start();
    int index = 0;
    std::vector<NodeOutcome> outcomes = m_runner->run(ids, [&](const NodeOutcome &outcome) {
        printOutcome(outcome, outcome.type == Core::ResourceType::Source ? 0 : ++index,
                     outcome.type == Core::ResourceType::Source ? 0 : int(ids.size()), out);
    });
    // dbt's tally: PASS counts what built or passed.
    int pass = 0, warn = 0, error = 0, skip = 0, reused = 0;
    QMap<QString, int> kinds;
    for (const NodeOutcome &outcome : outcomes) {
        if (outcome.type == Core::ResourceType::Source)
            continue;
        switch (outcome.status) {
        case NodeOutcome::Status::Success:
        case NodeOutcome::Status::Pass:
            ++pass;
            break;
        case NodeOutcome::Status::Reused:
            ++pass;
            ++reused;
            break;
        case NodeOutcome::Status::Warn:
            ++warn;
            break;
        case NodeOutcome::Status::Fail:
        case NodeOutcome::Status::Error:
            ++error;
            break;
        case NodeOutcome::Status::Skipped:
            ++skip;
            break;
        }
        const QString kind = outcome.type == Core::ResourceType::Test ? tr("data tests")
            : outcome.type == Core::ResourceType::Seed                ? tr("seeds")
            : outcome.type == Core::ResourceType::Snapshot
            ? tr("snapshots")
            : tr("%1 models").arg(outcome.materialized);
        ++kinds[kind];
    }
    QStringList parts;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
    out << '\n'
        << tr("Finished running %1 in %2.")
               .arg(parts.isEmpty() ? tr("nothing") : parts.join(QStringLiteral(", ")),
                    seconds(timer.elapsed()))
        << '\n';
    if (reused > 0)
        out << tr("%1 relations were up to date and reused.").arg(reused) << '\n';
    out << '\n'
        << (error > 0 ? tr("Completed with %1 errors and %2 warnings.").arg(error).arg(warn)
                      : tr("Completed successfully"))
        << '\n';
    out << QStringLiteral("\nDone. PASS=%1 WARN=%2 ERROR=%3 SKIP=%4 TOTAL=%5")
               .arg(pass)
               .arg(warn)
               .arg(error)
               .arg(skip)
               .arg(pass + warn + error + skip)
        << '\n';
    return error > 0 ? Failure : Success;
}

void BuildSession::printRows(const Core::SqlRows &rows, const QString &format, QTextStream &out)
{
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const QVariantList &row : rows.rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < rows.names.size(); ++i)
                object.insert(rows.names[i], jsonValue(row.value(i)));
            array.append(object);
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return;
    }
    if (format == QLatin1String("csv")) {
        QStringList header;
        for (const QString &name : rows.names)
            header.append(csvField(name));
        out << header.join(QLatin1Char(',')) << '\n';
        for (const QVariantList &row : rows.rows) {
            QStringList fields;
            for (qsizetype i = 0; i < rows.names.size(); ++i)
                fields.append(csvField(row.value(i)));
            out << fields.join(QLatin1Char(',')) << '\n';
        }
        return;
    }
    // dbt show's table: one row per line between pipes, numbers right-aligned.
    QList<qsizetype> widths;
    for (const QString &name : rows.names)
        widths.append(name.size());
    for (const QVariantList &row : rows.rows) {
        for (qsizetype i = 0; i < widths.size(); ++i)
            widths[i] = qMax(widths[i], cellText(row.value(i)).size());
    }
    QString header = QStringLiteral("|");
    QString rule = QStringLiteral("|");
    for (qsizetype i = 0; i < widths.size(); ++i) {
        header += QLatin1Char(' ') + rows.names[i].leftJustified(widths[i]) + QStringLiteral(" |");
        rule += QLatin1Char(' ') + QString(widths[i], QLatin1Char('-')) + QStringLiteral(" |");
    }
    out << header << '\n' << rule << '\n';
    for (const QVariantList &row : rows.rows) {
        QString line = QStringLiteral("|");
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QVariant value = row.value(i);
            const bool number
                = value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Double;
            const QString text = cellText(value);
            line += QLatin1Char(' ')
                + (number ? text.rightJustified(widths[i]) : text.leftJustified(widths[i]))
                + QStringLiteral(" |");
        }
        out << line << '\n';
    }
}

} // namespace Trellis::App::Cli
