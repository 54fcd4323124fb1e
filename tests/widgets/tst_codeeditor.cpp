#include "core/graph/manifestbuilder.h"
#include "core/ide/jinjasqlscanner.h"
#include "core/ide/languagesnapshot.h"
#include "core/ide/yamlscanner.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/diagnosticmarks.h"
#include "widgets/editor/findbar.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace Trellis;
using Widgets::CodeEditor;

namespace {

const QString kSandbox = QStringLiteral(TRELLIS_SOURCE_DIR "/resources/sandbox/");

QString read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

// A byte position of the editor from a UTF-16 offset of its text (the fixtures are ASCII).
int positionOf(const CodeEditor &editor, const QString &needle, int skip = 0)
{
    const qsizetype at = editor.text().indexOf(needle);
    if (at < 0)
        qFatal("no %s in the editor", qPrintable(needle));
    return int(at) + skip;
}

// The style Scintilla gave the first character of `needle`, after styling everything.
int styleAt(CodeEditor &editor, const QString &needle)
{
    editor.SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0UL, -1L);
    return int(editor.SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT, positionOf(editor, needle)));
}

bool isFoldHeader(const CodeEditor &editor, int line)
{
    return editor.SendScintilla(QsciScintillaBase::SCI_GETFOLDLEVEL, line)
        & QsciScintillaBase::SC_FOLDLEVELHEADERFLAG;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    palette.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
    palette.setColor(QPalette::WindowText, QColor(0xdd, 0xdd, 0xdd));
    return palette;
}

} // namespace

class TestCodeEditor : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Core::Ide::LanguageSnapshot> m_language;
    const QString m_financeModel
        = kSandbox + QStringLiteral("finance/models/intermediate/int_member_monthly_usage.sql");

    std::unique_ptr<CodeEditor> open(const QString &path, const QString &text)
    {
        auto editor = std::make_unique<CodeEditor>();
        editor->setLanguageForFile(path);
        editor->setLanguageContext(m_language);
        editor->setText(text);
        editor->resize(900, 500);
        editor->show();
        return editor;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_language = std::make_shared<const Core::Ide::LanguageSnapshot>(
            std::make_shared<const Core::Manifest>(Core::ManifestBuilder::build(kSandbox)));
    }

    // Typing `ref('` in a finance model lists platform's public models; choosing one writes
    // the two-argument form.
    void completesUpstreamModelsWhileTyping()
    {
        auto editor = open(m_financeModel, QStringLiteral("select * from {{ ref"));
        editor->setCursorPosition(0, editor->text().size());
        QTest::keyClicks(editor.get(), QStringLiteral("('"));
        QVERIFY(editor->isListActive());
        QStringList labels;
        for (const auto &item : editor->lastCompletion().items)
            labels.append(item.label);
        QVERIFY2(labels.contains(QStringLiteral("fct_rides (platform)")),
                 qPrintable(labels.join(u',')));
        QVERIFY(labels.contains(QStringLiteral("dim_members v1 (platform)")));
        QVERIFY(!labels.contains(QStringLiteral("stg_bikeshare_app__rides (platform)")));
        editor->SendScintilla(QsciScintillaBase::SCI_AUTOCSELECT, 0UL, "fct_rides (platform)");
        editor->SendScintilla(QsciScintillaBase::SCI_AUTOCCOMPLETE);
        QCOMPARE(editor->text(), QStringLiteral("select * from {{ ref('platform', 'fct_rides'"));
    }

    void completesColumnsAfterAnAlias()
    {
        auto editor = open(m_financeModel,
                           QStringLiteral("select r\nfrom {{ ref('platform', 'fct_rides') }} r"));
        editor->setCursorPosition(0, 8);
        QTest::keyClicks(editor.get(), QStringLiteral("."));
        QVERIFY(editor->isListActive());
        QCOMPARE(editor->lastCompletion().items.front().label, QStringLiteral("bike_type"));
    }

    void goesToTheDefinitionAcrossProjects()
    {
        auto editor = open(m_financeModel, read(m_financeModel));
        QSignalSpy spy(editor.get(), &CodeEditor::definitionRequested);
        editor->SendScintilla(QsciScintillaBase::SCI_GOTOPOS,
                              positionOf(*editor, QStringLiteral("fct_rides')"), 2));
        QTest::keyClick(editor.get(), Qt::Key_F12);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(),
                 kSandbox + QStringLiteral("platform/models/marts/fleet/fct_rides.sql"));
        QCOMPARE(spy.at(0).at(1).toInt(), 1);

        // Ctrl+click does the same where the mouse is.
        const long position = positionOf(*editor, QStringLiteral("fct_rides')"), 3);
        const QPoint point(
            int(editor->SendScintilla(QsciScintillaBase::SCI_POINTXFROMPOSITION, 0UL, position)),
            int(editor->SendScintilla(QsciScintillaBase::SCI_POINTYFROMPOSITION, 0UL, position))
                + 4);
        QTest::mouseClick(editor->viewport(), Qt::LeftButton, Qt::ControlModifier, point);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0), spy.at(0).at(0));
    }

    void findsReferencesAndHovers()
    {
        const QString model
            = kSandbox + QStringLiteral("platform/models/marts/fleet/fct_rides.sql");
        auto editor = open(model, read(model));
        QSignalSpy spy(editor.get(), &CodeEditor::referencesFound);
        QTest::keyClick(editor.get(), Qt::Key_F12, Qt::ShiftModifier);
        QCOMPARE(spy.count(), 1);
        const auto locations = spy.at(0).at(0).value<QList<Core::SourceLocation>>();
        QVERIFY(std::any_of(locations.begin(), locations.end(),
                            [&](const Core::SourceLocation &location) {
                                return location.file == m_financeModel && location.line == 9;
                            }));

        auto finance = open(m_financeModel, read(m_financeModel));
        const QString card
            = finance->hoverText(positionOf(*finance, QStringLiteral("fct_rides')")));
        QVERIFY2(card.contains(QStringLiteral("Fleet Analytics")), qPrintable(card));
    }

    void marksDiagnosticsWhereTheyAre()
    {
        auto editor = open(m_financeModel, QStringLiteral("select 1\nfrom orders o\nwhere x\n"));
        Core::Diagnostic error;
        error.severity = Core::Severity::Error;
        error.line = 2;
        error.column = 6;
        error.endLine = 2;
        error.endColumn = 12;
        error.message = QStringLiteral("no such model");
        Core::Diagnostic warning;
        warning.severity = Core::Severity::Warning;
        warning.line = 3;
        warning.column = 7;
        warning.message = QStringLiteral("unused");
        editor->setDiagnostics({error, warning});

        const auto indicatorAt = [&](Core::Severity severity, int position) {
            return editor->SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT,
                                         Widgets::DiagnosticMarks::FirstIndicator + int(severity),
                                         long(position));
        };
        const int from = int(editor->positionFromLineIndex(1, 5)); // "orders"
        QCOMPARE(indicatorAt(Core::Severity::Error, from - 1), 0);
        QCOMPARE(indicatorAt(Core::Severity::Error, from), 1);
        QCOMPARE(indicatorAt(Core::Severity::Error, from + 5), 1);
        QCOMPARE(indicatorAt(Core::Severity::Error, from + 6), 0);
        QCOMPARE(indicatorAt(Core::Severity::Warning, int(editor->positionFromLineIndex(2, 6))), 1);
        const auto markersOn = [&](int line) {
            return int(editor->SendScintilla(QsciScintillaBase::SCI_MARKERGET, line));
        };
        QVERIFY(markersOn(1)
                & (1 << (Widgets::DiagnosticMarks::FirstMarker + int(Core::Severity::Error))));
        QVERIFY(markersOn(2)
                & (1 << (Widgets::DiagnosticMarks::FirstMarker + int(Core::Severity::Warning))));
        QCOMPARE(editor->diagnosticMessage(1), QStringLiteral("no such model"));

        editor->setDiagnostics({});
        QCOMPARE(indicatorAt(Core::Severity::Error, from), 0);
        QCOMPARE(markersOn(1), 0);
        QVERIFY(editor->diagnosticMessage(1).isEmpty());
    }

    void togglesComments_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("commented");
        QTest::newRow("sql") << "a.sql"
                             << "select 1\n\n  from t\n"
                             << "-- select 1\n\n--   from t\n";
        QTest::newRow("yaml") << "a.yml"
                              << "  models:\n    - name: x\n"
                              << "  # models:\n  #   - name: x\n";
    }

    void togglesComments()
    {
        QFETCH(QString, file);
        QFETCH(QString, text);
        QFETCH(QString, commented);
        auto editor = open(file, text);
        editor->selectAll();
        QTest::keyClick(editor.get(), Qt::Key_Slash, Qt::ControlModifier);
        QCOMPARE(editor->text(), commented);
        editor->selectAll();
        QTest::keyClick(editor.get(), Qt::Key_Slash, Qt::ControlModifier);
        QCOMPARE(editor->text(), text);
    }

    void stylesJinjaRegionsApart()
    {
        auto editor = open(QStringLiteral("m.sql"),
                           QStringLiteral("select id -- n\nfrom {{ ref('a') }}\n"
                                          "{% if x %}\nwhere 1\n{% endif %}\n"));
        using Kind = Core::Ide::TokenKind;
        QCOMPARE(Kind(styleAt(*editor, QStringLiteral("select"))), Kind::SqlKeyword);
        QCOMPARE(Kind(styleAt(*editor, QStringLiteral("-- n"))), Kind::SqlComment);
        QCOMPARE(Kind(styleAt(*editor, QStringLiteral("{{"))), Kind::JinjaDelimiter);
        QCOMPARE(Kind(styleAt(*editor, QStringLiteral("ref"))), Kind::JinjaDbtName);
        QCOMPARE(Kind(styleAt(*editor, QStringLiteral("'a'"))), Kind::JinjaString);
        QCOMPARE(Kind(styleAt(*editor, QStringLiteral("if"))), Kind::JinjaKeyword);
        const auto paper = [&](Kind kind) {
            return editor->SendScintilla(QsciScintillaBase::SCI_STYLEGETBACK, int(kind));
        };
        QVERIFY(paper(Kind::JinjaDelimiter) != paper(Kind::SqlKeyword));
        QVERIFY(isFoldHeader(*editor, 2));
        QVERIFY(!isFoldHeader(*editor, 3));

        // An edit restyles from its line: opening a comment turns what follows into comment.
        editor->insertAt(QStringLiteral("/* "), 1, 0);
        QCOMPARE(Kind(styleAt(*editor, QStringLiteral("where"))), Kind::SqlComment);
    }

    void stylesDbtKeysAndFoldsYaml()
    {
        auto editor = open(QStringLiteral("m.yml"),
                           QStringLiteral("models:\n  - name: x\n    colour: red\n"
                                          "    description: \"{{ doc('x') }}\"\n"));
        using Kind = Core::Ide::YamlTokenKind;
        QCOMPARE(Kind(styleAt(*editor, QStringLiteral("models"))), Kind::DbtKey);
        QCOMPARE(Kind(styleAt(*editor, QStringLiteral("colour"))), Kind::Key);
        QCOMPARE(Kind(styleAt(*editor, QStringLiteral("{{"))), Kind::Jinja);
        QVERIFY(isFoldHeader(*editor, 0));
        QVERIFY(isFoldHeader(*editor, 1));
        QVERIFY(!isFoldHeader(*editor, 2));
    }

    void replacesWithRegularExpressions()
    {
        auto editor
            = open(QStringLiteral("m.sql"), QStringLiteral("select member_id, ride_id from t"));
        editor->showFindBar(true);
        Widgets::FindBar *bar = editor->findBar();
        QVERIFY(bar->isVisible());
        bar->setSearchText(QStringLiteral("(\\w+)_id"));
        bar->setReplaceText(QStringLiteral("\\1_key"));
        bar->setRegularExpression(true);
        QCOMPARE(bar->replaceAll(), 2);
        QCOMPARE(editor->text(), QStringLiteral("select member_key, ride_key from t"));
        editor->undo();
        QCOMPARE(editor->text(), QStringLiteral("select member_id, ride_id from t"));
    }

    void typesIntoEveryCaret()
    {
        auto editor = open(QStringLiteral("m.sql"), QStringLiteral("select a, a, b"));
        editor->SendScintilla(QsciScintillaBase::SCI_GOTOPOS, 7);
        QTest::keyClick(editor.get(), Qt::Key_D, Qt::ControlModifier); // selects the word
        QTest::keyClick(editor.get(), Qt::Key_D, Qt::ControlModifier); // and its next occurrence
        QCOMPARE(editor->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONS), 2);
        QTest::keyClicks(editor.get(), QStringLiteral("x"));
        QCOMPARE(editor->text(), QStringLiteral("select x, x, b"));
    }

    // Not a check but a record: the editor drawn in both themes, for a person to look at.
    void drawsBothThemes()
    {
        const QStringList files{QStringLiteral("finance/models/marts/revenue/fct_invoices.sql"),
                                QStringLiteral("platform/models/marts/core/_core__models.yml")};
        for (const QString &file : files) {
            for (const bool dark : {false, true}) {
                auto editor = open(kSandbox + file, read(kSandbox + file));
                if (dark)
                    editor->setPalette(darkPalette());
                Core::Diagnostic warning;
                warning.severity = Core::Severity::Warning;
                warning.line = 3;
                warning.column = 5;
                warning.message = QStringLiteral("TRL0301: a deprecated version is referenced");
                editor->setDiagnostics({warning});
                const QString name
                    = QStringLiteral("trellis-editor-%1-%2.png")
                          .arg(QFileInfo(file).suffix(),
                               dark ? QStringLiteral("dark") : QStringLiteral("light"));
                QVERIFY(editor->grab().save(QDir::temp().filePath(name)));
            }
        }
    }
};

QTEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
