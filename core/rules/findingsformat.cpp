#include "findingsformat.h"

#include "trellis/version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

#include <map>

namespace Trellis::Core {

namespace {

QString position(const QString &path, int line, int column)
{
    return QStringLiteral("%1:%2:%3").arg(path).arg(line).arg(column);
}

int count(const std::vector<Diagnostic> &findings, Severity severity)
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [&](const Diagnostic &d) { return d.severity == severity; }));
}

// SARIF's levels: error, warning, note.
QString sarifLevel(Severity severity)
{
    return severity == Severity::Info ? QStringLiteral("note") : Diagnostic::severityName(severity);
}

QJsonObject sarifLocation(const QString &uri, int line, int column, int endLine, int endColumn)
{
    QJsonObject region;
    if (line > 0)
        region.insert(QStringLiteral("startLine"), line);
    if (column > 0)
        region.insert(QStringLiteral("startColumn"), column);
    if (endLine > 0)
        region.insert(QStringLiteral("endLine"), endLine);
    if (endColumn > 0)
        region.insert(QStringLiteral("endColumn"), endColumn);
    QJsonObject physical{
        {QStringLiteral("artifactLocation"), QJsonObject{{QStringLiteral("uri"), uri}}}};
    if (!region.isEmpty())
        physical.insert(QStringLiteral("region"), region);
    return {{QStringLiteral("physicalLocation"), physical}};
}

} // namespace

std::optional<FindingsFormat::Kind> FindingsFormat::kindFromName(const QString &name)
{
    static const std::pair<const char *, Kind> names[] = {
        {"text", Kind::Text}, {"json", Kind::Json}, {"junit", Kind::JUnit}, {"sarif", Kind::Sarif}};
    for (const auto &[candidate, kind] : names) {
        if (name == QLatin1String(candidate))
            return kind;
    }
    return std::nullopt;
}

QByteArray FindingsFormat::write(Kind kind, const std::vector<Diagnostic> &findings,
                                 const PathMapper &displayPath)
{
    switch (kind) {
    case Kind::Json:
        return json(findings, displayPath);
    case Kind::JUnit:
        return junit(findings, displayPath);
    case Kind::Sarif:
        return sarif(findings, displayPath);
    case Kind::Text:
        break;
    }
    return text(findings, displayPath);
}

QByteArray FindingsFormat::text(const std::vector<Diagnostic> &findings,
                                const PathMapper &displayPath)
{
    QString out;
    QStringList files;
    for (const Diagnostic &d : findings) {
        const QString path = displayPath(d.file);
        if (!files.contains(path))
            files.append(path);
        out += QStringLiteral("%1: %2 %3: %4\n")
                   .arg(position(path, d.line, d.column), Diagnostic::severityName(d.severity),
                        d.code, d.message);
        for (const RelatedLocation &related : d.related)
            out += QStringLiteral("    %1: note: %2\n")
                       .arg(position(displayPath(related.file), related.line, related.column),
                            related.message);
    }
    if (findings.empty()) {
        out += tr("No findings.") + QLatin1Char('\n');
    } else {
        out += tr("%1 errors, %2 warnings and %3 infos in %4 files.")
                   .arg(count(findings, Severity::Error))
                   .arg(count(findings, Severity::Warning))
                   .arg(count(findings, Severity::Info))
                   .arg(files.size())
            + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray FindingsFormat::json(const std::vector<Diagnostic> &findings,
                                const PathMapper &displayPath)
{
    QJsonArray array;
    for (const Diagnostic &d : findings) {
        QJsonArray related;
        for (const RelatedLocation &r : d.related) {
            related.append(QJsonObject{{QStringLiteral("file"), displayPath(r.file)},
                                       {QStringLiteral("line"), r.line},
                                       {QStringLiteral("column"), r.column},
                                       {QStringLiteral("message"), r.message}});
        }
        array.append(QJsonObject{{QStringLiteral("code"), d.code},
                                 {QStringLiteral("severity"), Diagnostic::severityName(d.severity)},
                                 {QStringLiteral("file"), displayPath(d.file)},
                                 {QStringLiteral("line"), d.line},
                                 {QStringLiteral("column"), d.column},
                                 {QStringLiteral("end_line"), d.endLine},
                                 {QStringLiteral("end_column"), d.endColumn},
                                 {QStringLiteral("node"), d.nodeId},
                                 {QStringLiteral("message"), d.message},
                                 {QStringLiteral("related"), related}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray FindingsFormat::junit(const std::vector<Diagnostic> &findings,
                                 const PathMapper &displayPath)
{
    // One suite per file, one failing case per finding: CI systems then list them by file.
    std::map<QString, std::vector<const Diagnostic *>> byFile;
    for (const Diagnostic &d : findings)
        byFile[displayPath(d.file)].push_back(&d);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("trellis check"));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(findings.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(findings.size()));
    for (const auto &[file, inFile] : byFile) {
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("name"), file);
        xml.writeAttribute(QStringLiteral("tests"), QString::number(inFile.size()));
        xml.writeAttribute(QStringLiteral("failures"), QString::number(inFile.size()));
        for (const Diagnostic *d : inFile) {
            xml.writeStartElement(QStringLiteral("testcase"));
            xml.writeAttribute(QStringLiteral("classname"), d->code);
            xml.writeAttribute(QStringLiteral("name"), position(file, d->line, d->column));
            xml.writeAttribute(QStringLiteral("file"), file);
            xml.writeAttribute(QStringLiteral("line"), QString::number(d->line));
            xml.writeStartElement(QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("type"), Diagnostic::severityName(d->severity));
            xml.writeAttribute(QStringLiteral("message"), d->message);
            xml.writeCharacters(QStringLiteral("%1: %2 %3: %4")
                                    .arg(position(file, d->line, d->column),
                                         Diagnostic::severityName(d->severity), d->code,
                                         d->message));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray FindingsFormat::sarif(const std::vector<Diagnostic> &findings,
                                 const PathMapper &displayPath)
{
    QJsonArray results;
    QStringList ruleIds;
    for (const Diagnostic &d : findings) {
        if (!ruleIds.contains(d.code))
            ruleIds.append(d.code);
        QJsonObject result{
            {QStringLiteral("ruleId"), d.code},
            {QStringLiteral("level"), sarifLevel(d.severity)},
            {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), d.message}}},
            {QStringLiteral("locations"),
             QJsonArray{
                 sarifLocation(displayPath(d.file), d.line, d.column, d.endLine, d.endColumn)}}};
        QJsonArray related;
        for (const RelatedLocation &r : d.related) {
            QJsonObject location = sarifLocation(displayPath(r.file), r.line, r.column, 0, 0);
            location.insert(QStringLiteral("message"),
                            QJsonObject{{QStringLiteral("text"), r.message}});
            related.append(location);
        }
        if (!related.isEmpty())
            result.insert(QStringLiteral("relatedLocations"), related);
        if (!d.nodeId.isEmpty())
            result.insert(QStringLiteral("properties"),
                          QJsonObject{{QStringLiteral("node"), d.nodeId}});
        results.append(result);
    }
    ruleIds.sort();
    QJsonArray rules;
    for (const QString &id : std::as_const(ruleIds))
        rules.append(QJsonObject{{QStringLiteral("id"), id}});
    const QJsonObject driver{{QStringLiteral("name"), QStringLiteral("trellis")},
                             {QStringLiteral("version"), QLatin1String(kVersion)},
                             {QStringLiteral("rules"), rules}};
    const QJsonObject log{{QStringLiteral("$schema"),
                           QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
                          {QStringLiteral("version"), QStringLiteral("2.1.0")},
                          {QStringLiteral("runs"),
                           QJsonArray{QJsonObject{{QStringLiteral("tool"),
                                                   QJsonObject{{QStringLiteral("driver"), driver}}},
                                                  {QStringLiteral("results"), results}}}}};
    return QJsonDocument(log).toJson(QJsonDocument::Indented);
}

} // namespace Trellis::Core
