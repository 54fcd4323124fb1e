#include "layoutattributes.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace Trellis::Core {

namespace {

constexpr double kPointsPerInch = 72.0;

// Walks one attribute string. Graphviz writes plain ASCII, but the text may come from a file a
// user edited, so every read is bounds-checked and every failure names the character (1-based)
// where it happened.
class Scanner
{
public:
    explicit Scanner(std::string_view text)
        : m_text(text)
    { }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    qsizetype column() const { return qsizetype(m_pos) + 1; }

    bool consume(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    // Spaces, tabs, newlines, and the backslash-newline that Graphviz's writer uses to wrap
    // long lines in .dot files.
    void skipSpace()
    {
        while (!atEnd()) {
            const char c = m_text[m_pos];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                ++m_pos;
            } else if (c == '\\' && m_pos + 1 < m_text.size()
                       && (m_text[m_pos + 1] == '\n' || m_text[m_pos + 1] == '\r')) {
                m_pos += 2;
            } else {
                break;
            }
        }
    }

    Result<double> number()
    {
        std::size_t begin = m_pos;
        // from_chars takes no leading '+', which C's printf never writes but a person might.
        if (peek() == '+')
            ++begin;
        double value = 0;
        const char *first = m_text.data() + begin;
        const char *last = m_text.data() + m_text.size();
        const auto [end, error] = std::from_chars(first, last, value);
        if (error != std::errc() || end == first)
            return failHere(LayoutAttributes::tr("expected a number"));
        if (!std::isfinite(value))
            return failHere(LayoutAttributes::tr("the number is not finite"));
        m_pos = std::size_t(end - m_text.data());
        return value;
    }

    // "x,y", ignoring a third coordinate and a "!" (pinned) suffix.
    Result<QPointF> point()
    {
        const auto x = number();
        if (!x)
            return fail(x.error());
        if (!consume(','))
            return failHere(LayoutAttributes::tr("expected ',' between x and y"));
        const auto y = number();
        if (!y)
            return fail(y.error());
        if (consume(',')) {
            if (const auto z = number(); !z)
                return fail(z.error());
        }
        consume('!');
        return QPointF(*x, *y);
    }

    Failure<Error> failHere(const QString &what) const
    {
        return fail(Error{{},
                          0,
                          int(column()),
                          LayoutAttributes::tr("%1 at character %2").arg(what).arg(column())});
    }

    // After a token, only a separator or the end may follow.
    bool atSeparator() const
    {
        if (atEnd())
            return true;
        const char c = peek();
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\\' || c == ';';
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

// Reads one spline up to ';' or the end. The grammar puts "e," before "s," before the points,
// but any order is accepted; each prefix at most once.
Result<EdgeSpline> readSpline(Scanner &scanner)
{
    EdgeSpline spline;
    scanner.skipSpace();
    while (!scanner.atEnd() && scanner.peek() != ';') {
        const char c = scanner.peek();
        if (c == 'e' || c == 's') {
            const qsizetype where = scanner.column();
            scanner.consume(c);
            if (!scanner.consume(','))
                return scanner.failHere(
                    LayoutAttributes::tr("expected ',' after '%1'").arg(QLatin1Char(c)));
            std::optional<QPointF> &arrow = c == 'e' ? spline.arrowEnd : spline.arrowStart;
            if (arrow.has_value()) {
                return fail(Error{{},
                                  0,
                                  int(where),
                                  LayoutAttributes::tr("a second '%1,' arrow point at character %2")
                                      .arg(QLatin1Char(c))
                                      .arg(where)});
            }
            const auto point = scanner.point();
            if (!point)
                return fail(point.error());
            arrow = *point;
        } else {
            const auto point = scanner.point();
            if (!point)
                return fail(point.error());
            spline.points.push_back(*point);
        }
        if (!scanner.atSeparator())
            return scanner.failHere(LayoutAttributes::tr("unexpected character"));
        scanner.skipSpace();
    }
    const std::size_t count = spline.points.size();
    if (count < 4 || (count - 1) % 3 != 0) {
        return scanner.failHere(
            LayoutAttributes::tr("a Bézier spline needs 3k + 1 points (k at least 1), not %1")
                .arg(count));
    }
    return spline;
}

// Keeps error messages readable when Graphviz hands back a very long pos.
QString quoted(const std::string &text)
{
    constexpr std::size_t kMax = 60;
    QString shown = QString::fromUtf8(text.data(), qsizetype(std::min(text.size(), kMax)));
    if (text.size() > kMax)
        shown += QStringLiteral("…");
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

Failure<Error> attributeError(const QString &owner, const char *attribute, const std::string &text,
                              const Error &cause)
{
    return fail(Error{{},
                      0,
                      0,
                      LayoutAttributes::tr("%1: cannot read %2 %3: %4")
                          .arg(owner, QLatin1String(attribute), quoted(text), cause.message)});
}

// Graphviz's frame (y up, origin at the bounding box's lower left) to the view's (y down,
// origin at the upper left).
class Flip
{
public:
    explicit Flip(const QRectF &graphBox)
        : m_left(graphBox.x())
        , m_top(graphBox.y() + graphBox.height())
    { }

    QPointF point(const QPointF &p) const { return {p.x() - m_left, m_top - p.y()}; }
    QRectF rect(const QRectF &r) const
    {
        return {r.x() - m_left, m_top - (r.y() + r.height()), r.width(), r.height()};
    }

private:
    double m_left;
    double m_top;
};

// Grows `bounds` to hold `point`.
void include(QRectF &bounds, QPointF point)
{
    bounds.setLeft(std::min(bounds.left(), point.x()));
    bounds.setRight(std::max(bounds.right(), point.x()));
    bounds.setTop(std::min(bounds.top(), point.y()));
    bounds.setBottom(std::max(bounds.bottom(), point.y()));
}

} // namespace

Result<double> LayoutAttributes::parseNumber(std::string_view text)
{
    Scanner scanner(text);
    scanner.skipSpace();
    auto value = scanner.number();
    if (!value)
        return value;
    scanner.skipSpace();
    if (!scanner.atEnd())
        return scanner.failHere(tr("unexpected character"));
    return value;
}

Result<QPointF> LayoutAttributes::parsePoint(std::string_view text)
{
    Scanner scanner(text);
    scanner.skipSpace();
    auto point = scanner.point();
    if (!point)
        return point;
    scanner.skipSpace();
    if (!scanner.atEnd())
        return scanner.failHere(tr("unexpected character"));
    return point;
}

Result<QRectF> LayoutAttributes::parseRect(std::string_view text)
{
    Scanner scanner(text);
    scanner.skipSpace();
    double values[4] = {};
    for (int i = 0; i < 4; ++i) {
        if (i > 0 && !scanner.consume(','))
            return scanner.failHere(tr("expected ','"));
        const auto value = scanner.number();
        if (!value)
            return fail(value.error());
        values[i] = *value;
    }
    scanner.skipSpace();
    if (!scanner.atEnd())
        return scanner.failHere(tr("unexpected character"));
    if (values[2] < values[0] || values[3] < values[1])
        return fail(
            Error{{}, 0, 0, tr("the upper right corner is below or left of the lower left")});
    return QRectF(values[0], values[1], values[2] - values[0], values[3] - values[1]);
}

Result<std::vector<EdgeSpline>> LayoutAttributes::parseSplines(std::string_view text)
{
    std::vector<EdgeSpline> splines;
    Scanner scanner(text);
    scanner.skipSpace();
    if (scanner.atEnd())
        return splines;
    for (;;) {
        auto spline = readSpline(scanner);
        if (!spline)
            return fail(spline.error());
        splines.push_back(std::move(spline).value());
        if (scanner.atEnd())
            break;
        scanner.consume(';');
        scanner.skipSpace();
        // Tolerate the trailing ';' some writers leave.
        if (scanner.atEnd())
            break;
    }
    return splines;
}

Result<LayoutGeometry> LayoutAttributes::toGeometry() const
{
    const auto graphBox = parseRect(boundingBox);
    if (!graphBox)
        return attributeError(tr("the graph"), "bb", boundingBox, graphBox.error());
    const Flip flip(*graphBox);

    LayoutGeometry geometry;
    geometry.bounds = QRectF(0, 0, graphBox->width(), graphBox->height());

    geometry.nodes.reserve(nodes.size());
    for (const Node &node : nodes) {
        const QString owner = tr("node %1").arg(node.id);
        const auto center = parsePoint(node.position);
        if (!center)
            return attributeError(owner, "pos", node.position, center.error());
        const auto width = parseNumber(node.width);
        if (!width)
            return attributeError(owner, "width", node.width, width.error());
        const auto height = parseNumber(node.height);
        if (!height)
            return attributeError(owner, "height", node.height, height.error());
        if (*width < 0 || *height < 0)
            return fail(Error{{}, 0, 0, tr("%1: negative size").arg(owner)});
        geometry.nodes.push_back(
            NodeGeometry{node.id, flip.point(*center),
                         QSizeF(*width * kPointsPerInch, *height * kPointsPerInch)});
    }

    geometry.edges.reserve(edges.size());
    for (const Edge &edge : edges) {
        const QString owner = tr("edge %1 (%2 → %3)").arg(edge.index).arg(edge.from, edge.to);
        auto splines = parseSplines(edge.position);
        if (!splines)
            return attributeError(owner, "pos", edge.position, splines.error());
        for (EdgeSpline &spline : *splines) {
            for (QPointF &point : spline.points) {
                point = flip.point(point);
                // dot's bb can leave out an edge that bulges past the outermost nodes (edges
                // within one rank); a curve stays inside its control points, so these suffice.
                include(geometry.bounds, point);
            }
            if (spline.arrowStart)
                spline.arrowStart = flip.point(*spline.arrowStart);
            if (spline.arrowEnd)
                spline.arrowEnd = flip.point(*spline.arrowEnd);
        }
        EdgeGeometry out{edge.index, edge.from, edge.to, std::move(splines).value(), {}};
        if (!edge.labelPosition.empty()) {
            const auto label = parsePoint(edge.labelPosition);
            if (!label)
                return attributeError(owner, "lp", edge.labelPosition, label.error());
            out.labelPosition = flip.point(*label);
        }
        geometry.edges.push_back(std::move(out));
    }

    for (const Cluster &cluster : clusters) {
        if (cluster.boundingBox.empty())
            continue;
        const QString owner = tr("cluster %1").arg(cluster.label);
        const auto box = parseRect(cluster.boundingBox);
        if (!box)
            return attributeError(owner, "bb", cluster.boundingBox, box.error());
        ClusterGeometry out{cluster.project, cluster.group, cluster.label, flip.rect(*box), {}};
        if (!cluster.labelPosition.empty()) {
            const auto label = parsePoint(cluster.labelPosition);
            if (!label)
                return attributeError(owner, "lp", cluster.labelPosition, label.error());
            out.labelPosition = flip.point(*label);
        }
        geometry.clusters.push_back(std::move(out));
    }
    return geometry;
}

} // namespace Trellis::Core
