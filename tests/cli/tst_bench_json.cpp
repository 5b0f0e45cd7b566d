// `lectern bench --json` keeps its documented shape (tests/cli/bench-shape.json:
// every group, every case, every key), and its figures are figures: finite,
// not negative, each case that reports `ok` succeeded, medians between the
// minimum and p90. No figure is compared with a time: benchmarks never fail
// on the machine's speed.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <cmath>

class TestBenchJson : public QObject
{
    Q_OBJECT
private slots:
    void shapeAndFigures()
    {
        QFile reference(qEnvironmentVariable("LECTERN_SOURCE_DIR") + QStringLiteral("/tests/cli/bench-shape.json"));
        QVERIFY(reference.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(reference.readAll()).object().value(QStringLiteral("groups")).toObject();
        QVERIFY(expected.size() >= 4);

        QProcess p;
        p.start(qEnvironmentVariable("LECTERN_BINARY"), {QStringLiteral("bench"), QStringLiteral("--json"), QStringLiteral("--runs"), QStringLiteral("1")});
        QVERIFY(p.waitForFinished(240000));
        QCOMPARE(p.exitCode(), 0);
        QJsonParseError error;
        const QJsonObject groups = QJsonDocument::fromJson(p.readAllStandardOutput(), &error).object().value(QStringLiteral("groups")).toObject();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(groups.keys(), expected.keys());
        for (auto g = expected.constBegin(); g != expected.constEnd(); ++g) {
            const QJsonArray cases = groups.value(g.key()).toArray();
            const QJsonObject wanted = g.value().toObject();
            QStringList names;
            for (const QJsonValue &c : cases) {
                const QJsonObject o = c.toObject();
                const QString name = o.value(QStringLiteral("name")).toString();
                names.append(name);
                QStringList keys = o.keys();
                keys.sort();
                QStringList wantedKeys;
                for (const QJsonValue &k : wanted.value(name).toArray())
                    wantedKeys.append(k.toString());
                QCOMPARE(keys, wantedKeys);
                for (const QString &k : keys) {
                    const QJsonValue v = o.value(k);
                    if (v.isDouble())
                        QVERIFY2(std::isfinite(v.toDouble()) && v.toDouble() >= 0, qPrintable(g.key() + u'/' + name + u'.' + k));
                }
                if (o.contains(QStringLiteral("ok")))
                    QVERIFY2(o.value(QStringLiteral("ok")).toBool(), qPrintable(name));
                if (o.contains(QStringLiteral("runs")))
                    QCOMPARE(o.value(QStringLiteral("runs")).toInt(), 1);
                if (o.contains(QStringLiteral("min_ms")))
                    QVERIFY(o.value(QStringLiteral("min_ms")).toDouble() <= o.value(QStringLiteral("median_ms")).toDouble()
                            && o.value(QStringLiteral("median_ms")).toDouble() <= o.value(QStringLiteral("p90_ms")).toDouble());
            }
            QStringList wantedNames = wanted.keys();
            wantedNames.sort();
            names.sort();
            QCOMPARE(names, wantedNames);
        }
    }

    void badOptionsAreUsageErrors()
    {
        for (const QStringList &args : {QStringList{QStringLiteral("bench"), QStringLiteral("--sizes"), QStringLiteral("9999")},
                                        QStringList{QStringLiteral("bench"), QStringLiteral("--bogus")}}) {
            QProcess p;
            p.start(qEnvironmentVariable("LECTERN_BINARY"), args);
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 2);
            QVERIFY(p.readAllStandardOutput().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestBenchJson)
#include "tst_bench_json.moc"
