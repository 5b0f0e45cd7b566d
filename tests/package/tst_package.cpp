// The Debian package as dpkg, lintian and a room would see it: every QML
// module the interface imports is a dependency (dpkg-shlibdeps cannot see
// them), with the fonts, GStreamer and the session; the files are in place
// and the system's configuration is a conffile that reads without a message;
// lintian reports no error; the desktop entry, the AppStream metadata and the
// systemd unit validate; the packaged (stripped) binary runs its self-test.
#include "app/Configuration.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString deb()
{
    return qEnvironmentVariable("LECTERN_DEB");
}

// The value of one field of the control file ("Depends").
QString field(const QByteArray &control, const QString &name)
{
    const QRegularExpression re(QStringLiteral("^ %1: (.*)$").arg(name), QRegularExpression::MultilineOption);
    return re.match(QString::fromUtf8(control)).captured(1);
}

// Every Qt module the QML imports (import QtQuick.Controls → qml6-module-qtquick-controls).
QSet<QString> qmlModulesImported()
{
    QSet<QString> out;
    const QRegularExpression import(QStringLiteral("^import (Qt[A-Za-z.]+)"), QRegularExpression::MultilineOption);
    for (const QString &root : {QStringLiteral("/qml"), QStringLiteral("/src")}) {
        QDirIterator it(qEnvironmentVariable("LECTERN_SOURCE_DIR") + root, {QStringLiteral("*.qml")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(f.readAll());
            for (auto m = import.globalMatch(text); m.hasNext();)
                out.insert(QStringLiteral("qml6-module-") + m.next().captured(1).toLower().replace(u'.', u'-'));
        }
    }
    return out;
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_root; // the package unpacked
    QByteArray m_info;
    QByteArray m_contents;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(deb()), qPrintable(deb() + QStringLiteral(" was not built (the build_package fixture)")));
        const Run info = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-I"), deb()});
        QCOMPARE(info.code, 0);
        m_info = info.out;
        const Run contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), deb()});
        QCOMPARE(contents.code, 0);
        m_contents = contents.out;
        QCOMPARE(run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), deb(), m_root.path()}).code, 0);
    }

    void controlFields()
    {
        QCOMPARE(field(m_info, QStringLiteral("Package")), QStringLiteral("lectern"));
        QCOMPARE(field(m_info, QStringLiteral("Architecture")), QStringLiteral("amd64"));
        QVERIFY(deb().endsWith(QStringLiteral("lectern_%1_amd64.deb").arg(field(m_info, QStringLiteral("Version")))));
        QVERIFY(field(m_info, QStringLiteral("Maintainer")).contains(QRegularExpression(QStringLiteral("<[^@ ]+@[^> ]+>"))));
    }

    void everyQmlImportIsADependency()
    {
        const QStringList depends = field(m_info, QStringLiteral("Depends")).split(QStringLiteral(", "));
        QSet<QString> names;
        for (const QString &d : depends)
            names.insert(d.section(u' ', 0, 0));
        const QSet<QString> imported = qmlModulesImported();
        QVERIFY2(imported.contains(QStringLiteral("qml6-module-qtquick")), "no QML imports were found");
        for (const QString &module : imported)
            QVERIFY2(names.contains(module), qPrintable(module + QStringLiteral(" is imported by the QML but not a dependency")));
        // QtQuick's own imports, loaded at run time whatever the app names.
        for (const char *also : {"qml6-module-qtqml-workerscript", "qml6-module-qtquick-templates", "qml6-module-qtqml-models"})
            QVERIFY2(names.contains(QLatin1String(also)), also);
        // What shlibdeps cannot see either: sound, fonts, the session.
        for (const char *also : {"gstreamer1.0-plugins-base", "gstreamer1.0-plugins-good", "gstreamer1.0-pulseaudio", "fonts-noto-cjk",
                                 "fonts-lxgw-wenkai", "fonts-arphic-uming", "fonts-wqy-zenhei", "xserver-xorg", "x11-xserver-utils",
                                 "fcitx5", "fcitx5-chinese-addons", "fcitx5-frontend-qt6", "adduser"})
            QVERIFY2(names.contains(QLatin1String(also)), also);
        // …and what it can: the libraries the binary links.
        for (const char *lib : {"libqt6quick6", "libsqlite3-0", "libzip4", "libxlsxwriter4", "libsndfile1", "libqrencode4", "libsystemd0"})
            QVERIFY2(names.contains(QLatin1String(lib)), lib);
    }

    void filesInPlace_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mode");
        QTest::newRow("the kiosk and commands") << QStringLiteral("./usr/bin/lectern") << QStringLiteral("-rwxr-xr-x");
        QTest::newRow("the session and its switch") << QStringLiteral("./usr/bin/lectern-kiosk") << QStringLiteral("-rwxr-xr-x");
        QTest::newRow("the system's configuration") << QStringLiteral("./etc/lectern/lectern.json") << QStringLiteral("-rw-r--r--");
        QTest::newRow("the man page") << QStringLiteral("./usr/share/man/man1/lectern.1.gz") << QStringLiteral("-rw-r--r--");
        QTest::newRow("the desktop entry") << QStringLiteral("./usr/share/applications/cn.lectern.Lectern.desktop") << QStringLiteral("-rw-r--r--");
        QTest::newRow("AppStream") << QStringLiteral("./usr/share/metainfo/cn.lectern.Lectern.metainfo.xml") << QStringLiteral("-rw-r--r--");
        QTest::newRow("the icon") << QStringLiteral("./usr/share/icons/hicolor/scalable/apps/cn.lectern.Lectern.svg") << QStringLiteral("-rw-r--r--");
        QTest::newRow("the unit") << QStringLiteral("./lib/systemd/system/lectern-kiosk.service") << QStringLiteral("-rw-r--r--");
        QTest::newRow("the input method's profile") << QStringLiteral("./usr/share/lectern/fcitx5-profile") << QStringLiteral("-rw-r--r--");
        QTest::newRow("copyright") << QStringLiteral("./usr/share/doc/lectern/copyright") << QStringLiteral("-rw-r--r--");
        QTest::newRow("the GB/T 9704 faces mapped to Debian's") << QStringLiteral("./usr/share/fontconfig/conf.avail/65-lectern-gbt9704.conf")
                                                                << QStringLiteral("-rw-r--r--");
        QTest::newRow("… and enabled") << QStringLiteral("./etc/fonts/conf.d/65-lectern-gbt9704.conf -> /usr/share/fontconfig/conf.avail/65-lectern-gbt9704.conf")
                                      << QStringLiteral("lrwxrwxrwx");
        QTest::newRow("the room's guide") << QStringLiteral("./usr/share/doc/lectern/deployment.md") << QStringLiteral("-rw-r--r--");
    }
    void filesInPlace()
    {
        QFETCH(QString, path);
        QFETCH(QString, mode);
        const QRegularExpression line(QStringLiteral("^(\\S+) root/root .* %1$").arg(QRegularExpression::escape(path)), QRegularExpression::MultilineOption);
        const auto m = line.match(QString::fromUtf8(m_contents));
        QVERIFY2(m.hasMatch(), qPrintable(path));
        QCOMPARE(m.captured(1), mode);
    }

    void theSystemsConfigurationIsAConffile()
    {
        const Run conffiles = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-I"), deb(), QStringLiteral("conffiles")});
        QCOMPARE(conffiles.code, 0);
        QCOMPARE(conffiles.out.trimmed(), QByteArray("/etc/lectern/lectern.json"));
        QFile json(m_root.filePath(QStringLiteral("etc/lectern/lectern.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        AppOptions::Values v;
        QStringList messages;
        configuration::apply(json.fileName(), json.readAll(), &v, &messages);
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
        QCOMPARE(v.dataDir, QStringLiteral("/var/lib/lectern"));
        // Maintainer scripts: the user and the data folder made, the records never removed.
        const Run postinst = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-I"), deb(), QStringLiteral("postinst")});
        QVERIFY(postinst.out.contains("adduser --quiet --system --group --home /var/lib/lectern"));
        const Run postrm = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-I"), deb(), QStringLiteral("postrm")});
        QVERIFY(postrm.code == 0 && !postrm.out.contains("rm -rf /var/lib/lectern"));
    }

    void lintianFindsNoError()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("lintian")).isEmpty())
            QFAIL("lintian is not installed (scripts/deps.sh installs it)");
        const Run l = run(QStringLiteral("lintian"), {QStringLiteral("--tag-display-limit"), QStringLiteral("0"), deb()});
        const QStringList errors = QString::fromUtf8(l.out).split(u'\n').filter(QRegularExpression(QStringLiteral("^E: ")));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QVERIFY2(l.code == 0, qPrintable(QString::fromUtf8(l.out + l.err)));
    }

    void desktopEntryAndAppStreamValidate()
    {
        const Run desktop = run(QStringLiteral("desktop-file-validate"), {m_root.filePath(QStringLiteral("usr/share/applications/cn.lectern.Lectern.desktop"))});
        QVERIFY2(desktop.code == 0 && desktop.out.isEmpty(), desktop.out.constData());
        const Run appstream = run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                                                   m_root.filePath(QStringLiteral("usr/share/metainfo/cn.lectern.Lectern.metainfo.xml"))});
        QVERIFY2(appstream.code == 0, appstream.out.constData());
    }

    // systemd reads the unit without a complaint. Its ExecStart points into
    // the unpacked tree here (the installed path is checked by the install
    // into a fresh Debian, scripts/fresh-install.sh).
    void theUnitVerifies()
    {
        QFile unit(m_root.filePath(QStringLiteral("lib/systemd/system/lectern-kiosk.service")));
        QVERIFY(unit.open(QIODevice::ReadOnly));
        QByteArray text = unit.readAll();
        QVERIFY(text.contains("ExecStart=/usr/bin/lectern-kiosk session"));
        QVERIFY(text.contains("Restart=always"));
        QVERIFY(text.contains("WatchdogSec="));
        QVERIFY(text.contains("Type=notify"));
        QVERIFY(text.contains("User=lectern"));
        text.replace("/usr/bin/lectern-kiosk", m_root.filePath(QStringLiteral("usr/bin/lectern-kiosk")).toUtf8());
        QTemporaryDir units;
        QFile copy(units.filePath(QStringLiteral("lectern-kiosk.service")));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(text);
        copy.close();
        const Run verify = run(QStringLiteral("systemd-analyze"), {QStringLiteral("verify"), QStringLiteral("--man=no"), copy.fileName()});
        QVERIFY2(verify.code == 0 && verify.err.trimmed().isEmpty(), (verify.out + verify.err).constData());
        // The session script is shell that parses.
        QCOMPARE(run(QStringLiteral("bash"), {QStringLiteral("-n"), m_root.filePath(QStringLiteral("usr/bin/lectern-kiosk"))}).code, 0);
    }

    // The stripped binary from the package: its QML, translations and sample
    // speech are inside it, so the self-test passes from the unpacked tree.
    void thePackagedBinaryRuns()
    {
        QTemporaryDir data;
        const Run selfTest = run(m_root.filePath(QStringLiteral("usr/bin/lectern")),
                                 {QStringLiteral("--self-test"), QStringLiteral("--data-dir"), data.path()});
        QVERIFY2(selfTest.code == 0 && selfTest.out.contains("self-test: ok"), (selfTest.out + selfTest.err).constData());
        const Run help = run(m_root.filePath(QStringLiteral("usr/bin/lectern")), {QStringLiteral("help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("lectern audio analyze"));
        const Run manPage = run(QStringLiteral("man"), {QStringLiteral("-l"), m_root.filePath(QStringLiteral("usr/share/man/man1/lectern.1.gz"))});
        if (manPage.code != -1) // man-db is not on every machine
            QVERIFY(manPage.out.contains("lectern-kiosk"));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
