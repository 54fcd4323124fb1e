#include "outcomediagnostics.h"

#include <QFileInfo>

namespace Trellis::Core::Build {

namespace {

const QString kBuildError = QStringLiteral("TRL0501");
const QString kContractMismatch = QStringLiteral("TRL0502");
const QString kTestFailed = QStringLiteral("TRL0503");
const QString kTestWarned = QStringLiteral("TRL0504");

Diagnostic finding(Severity severity, const QString &code, const QString &file, int line,
                   int column, const QString &message, const QString &nodeId)
{
    Diagnostic diagnostic;
    diagnostic.severity = severity;
    diagnostic.code = code;
    diagnostic.file = file;
    diagnostic.line = line;
    diagnostic.column = column;
    diagnostic.message = message;
    diagnostic.nodeId = nodeId;
    return diagnostic;
}

QString location(const QString &file, int line)
{
    return line > 0 ? QStringLiteral("%1:%2").arg(QFileInfo(file).fileName()).arg(line)
                    : QFileInfo(file).fileName();
}

int rank(TestStatus status)
{
    switch (status) {
    case TestStatus::Pass:
        return 0;
    case TestStatus::Warn:
        return 1;
    case TestStatus::Fail:
        return 2;
    case TestStatus::Error:
        return 3;
    }
    return 0;
}

void addTestFindings(const NodeOutcome &outcome, const Node &test, const Manifest &manifest,
                     std::vector<Diagnostic> &out)
{
    const bool failed = outcome.status == NodeOutcome::Status::Fail;
    const Severity severity = failed ? Severity::Error : Severity::Warning;
    const QString code = failed ? kTestFailed : kTestWarned;
    const QString what = test.test.columnName.isEmpty()
        ? test.name
        : OutcomeDiagnostics::tr("%1 (column %2)").arg(test.name, test.test.columnName);
    const QString verdict = failed
        ? OutcomeDiagnostics::tr("data test %1 failed: %n failing row(s)", nullptr,
                                 int(outcome.failures))
              .arg(what)
        : OutcomeDiagnostics::tr("data test %1 warned: %n failing row(s)", nullptr,
                                 int(outcome.failures))
              .arg(what);
    Diagnostic declared = finding(severity, code, test.declaredAt.file, test.declaredAt.line,
                                  test.declaredAt.column, verdict, outcome.uniqueId);
    const Node *tested = manifest.find(test.test.attachedNode.isEmpty()
                                           ? test.dependsOnNodes.value(0)
                                           : test.test.attachedNode);
    // The model's own file shows it too: that is where the data comes from.
    if (tested && !tested->absolutePath.isEmpty() && tested->absolutePath != test.declaredAt.file) {
        declared.related.push_back({tested->absolutePath, 1, 1, tested->name});
        Diagnostic onModel = finding(
            severity, code, tested->absolutePath, 1, 1,
            OutcomeDiagnostics::tr("%1 (declared at %2)")
                .arg(verdict, location(test.declaredAt.file, test.declaredAt.line)),
            outcome.uniqueId);
        onModel.related.push_back(
            {test.declaredAt.file, test.declaredAt.line, test.declaredAt.column, test.name});
        out.push_back(std::move(onModel));
    }
    out.push_back(std::move(declared));
}

void addContractFindings(const NodeOutcome &outcome, const Node &model,
                         const QList<std::pair<QString, QString>> &mismatches,
                         std::vector<Diagnostic> &out)
{
    for (const auto &[columnName, reason] : mismatches) {
        const auto column = std::find_if(model.columns.begin(), model.columns.end(),
                                         [&](const ColumnDeclaration &declared) {
                                             return declared.name.compare(columnName,
                                                                          Qt::CaseInsensitive)
                                                 == 0;
                                         });
        // A column the contract lacks has no entry of its own: the model's entry stands in.
        const SourceLocation where
            = column != model.columns.end() && column->location.line > 0 ? column->location
                                                                          : model.declaredAt;
        out.push_back(finding(Severity::Error, kContractMismatch, where.file, where.line,
                              where.column,
                              OutcomeDiagnostics::tr("contract of %1: column %2: %3")
                                  .arg(model.name, columnName, reason),
                              outcome.uniqueId));
    }
    if (!model.absolutePath.isEmpty() && model.absolutePath != model.declaredAt.file) {
        Diagnostic onModel = finding(
            Severity::Error, kContractMismatch, model.absolutePath, 1, 1,
            OutcomeDiagnostics::tr("the model's columns do not match its enforced contract (%n "
                                   "column(s) differ; see %1)",
                                   nullptr, int(mismatches.size()))
                .arg(location(model.declaredAt.file, model.declaredAt.line)),
            outcome.uniqueId);
        onModel.related.push_back(
            {model.declaredAt.file, model.declaredAt.line, model.declaredAt.column, model.name});
        out.push_back(std::move(onModel));
    }
}

void addErrorFindings(const NodeOutcome &outcome, const Node *node, std::vector<Diagnostic> &out)
{
    const QString fallback = node ? node->absolutePath : QString();
    for (const Error &error : outcome.errors) {
        const bool placed = !error.file.isEmpty();
        out.push_back(finding(Severity::Error, kBuildError, placed ? error.file : fallback,
                              placed ? error.line : 0, placed ? error.column : 0, error.message,
                              outcome.uniqueId));
    }
    if (outcome.errors.isEmpty() && !fallback.isEmpty())
        out.push_back(finding(Severity::Error, kBuildError, fallback, 0, 0,
                              outcome.note.isEmpty()
                                  ? OutcomeDiagnostics::tr("%1 could not be built").arg(outcome.name)
                                  : outcome.note,
                              outcome.uniqueId));
}

} // namespace

std::vector<Diagnostic> OutcomeDiagnostics::collect(const std::vector<NodeOutcome> &outcomes,
                                                    const Manifest &manifest)
{
    std::vector<Diagnostic> out;
    for (const NodeOutcome &outcome : outcomes) {
        const Node *node = manifest.find(outcome.uniqueId);
        const bool testVerdict = outcome.status == NodeOutcome::Status::Fail
            || outcome.status == NodeOutcome::Status::Warn;
        if (node && node->type == ResourceType::Test && testVerdict) {
            addTestFindings(outcome, *node, manifest, out);
            continue;
        }
        if (outcome.status != NodeOutcome::Status::Error)
            continue;
        const QList<std::pair<QString, QString>> mismatches = contractMismatches(outcome.detail);
        if (node && !mismatches.isEmpty())
            addContractFindings(outcome, *node, mismatches, out);
        else
            addErrorFindings(outcome, node, out);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QHash<QString, TestStatus> OutcomeDiagnostics::testStatuses(
    const std::vector<NodeOutcome> &outcomes, const Manifest &manifest)
{
    QHash<QString, TestStatus> statuses;
    for (const NodeOutcome &outcome : outcomes) {
        const Node *test = manifest.find(outcome.uniqueId);
        if (!test || test->type != ResourceType::Test)
            continue;
        TestStatus status;
        switch (outcome.status) {
        case NodeOutcome::Status::Pass:
            status = TestStatus::Pass;
            break;
        case NodeOutcome::Status::Warn:
            status = TestStatus::Warn;
            break;
        case NodeOutcome::Status::Fail:
            status = TestStatus::Fail;
            break;
        case NodeOutcome::Status::Error:
            status = TestStatus::Error;
            break;
        default:
            continue; // skipped: says nothing about the data
        }
        // A relationships test depends on both ends; each shows its outcome.
        for (const QString &tested : test->dependsOnNodes) {
            const auto known = statuses.constFind(tested);
            if (known == statuses.constEnd() || rank(*known) < rank(status))
                statuses.insert(tested, status);
        }
    }
    return statuses;
}

QList<std::pair<QString, QString>> OutcomeDiagnostics::contractMismatches(const QString &detail)
{
    // | column_name | definition_type | contract_type | mismatch_reason |, a rule, then rows.
    QList<std::pair<QString, QString>> mismatches;
    bool inTable = false;
    for (const QString &line : detail.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char('|'))) {
            inTable = false;
            continue;
        }
        QStringList cells = line.split(QLatin1Char('|'));
        if (cells.size() < 6)
            continue;
        for (QString &cell : cells)
            cell = cell.trimmed();
        if (cells[1] == QLatin1String("column_name")) {
            inTable = true;
            continue;
        }
        if (!inTable || cells[1].startsWith(QLatin1Char('-')))
            continue;
        mismatches.append({cells[1], cells[4]});
    }
    return mismatches;
}

} // namespace Trellis::Core::Build
