// Finding people as they are typed at the door.
#include "meeting/PersonSearch.h"
#include "meeting/PinyinKeys.h"

#include <QElapsedTimer>
#include <QTest>

using namespace lectern;

namespace {

Person person(qint64 id, const QString &name, const QString &unit = {})
{
    Person p;
    p.id = id;
    p.name = name;
    p.unit = unit;
    p.readings = pinyinReadings(name);
    return p;
}

QStringList names(const PersonSearch &s, const QString &query)
{
    QStringList out;
    for (const PersonSearch::Hit &h : s.search(query))
        out.append(s.people()[h.index].name + (s.people()[h.index].unit.isEmpty() ? QString() : u'@' + s.people()[h.index].unit));
    return out;
}

} // namespace

class TestPinyin : public QObject
{
    Q_OBJECT
private slots:
    void readings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("keys");
        QTest::newRow("common") << "张三" << "zhang san";
        QTest::newRow("three characters") << "李小龙" << "li xiao long";
        QTest::newRow("单 shan") << "单雄信" << "dan xiong xin|shan xiong xin";
        QTest::newRow("曾 zeng") << "曾国藩" << "ceng guo fan|zeng guo fan";
        QTest::newRow("解 xie") << "解缙" << "jie jin|xie jin";
        QTest::newRow("区 ou") << "区小华" << "qu xiao hua|ou xiao hua";
        QTest::newRow("查 zha") << "查良镛" << "cha liang yong|zha liang yong";
        QTest::newRow("仇 qiu") << "仇英" << "chou ying|qiu ying";
        QTest::newRow("朴 piao") << "朴正" << "pu zheng|piao zheng";
        QTest::newRow("盖 ge") << "盖叫天" << "gai jiao tian|ge jiao tian";
        QTest::newRow("尉迟 yuchi") << "尉迟恭" << "wei chi gong|yu chi gong";
        QTest::newRow("万俟 moqi") << "万俟卨" << "wan qi xie|mo qi xie";
        QTest::newRow("欧阳 compound") << "欧阳修" << "ou yang xiu";
        QTest::newRow("Latin name") << "Anna Li" << "anna li";
        QTest::newRow("dot in a name") << "买买提·艾力" << "mai mai ti ai li";
    }
    void readings()
    {
        QFETCH(QString, name);
        QFETCH(QString, keys);
        const QList<QStringList> r = pinyinReadings(name);
        QCOMPARE(encodeReadings(r), keys);
        QCOMPARE(encodeReadings(decodeReadings(keys)), keys);
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("first"); // the best hits, in order
        QTest::newRow("initials") << "zs" << QStringList{"张三"};
        QTest::newRow("full pinyin") << "zhangsan" << QStringList{"张三"};
        QTest::newRow("mixed zhangs") << "zhangs" << QStringList{"张三"};
        QTest::newRow("mixed zsan") << "zsan" << QStringList{"张三"};
        QTest::newRow("upper case and spaces") << "Zhang San" << QStringList{"张三"};
        QTest::newRow("Chinese part") << "小龙" << QStringList{"李小龙"};
        QTest::newRow("Chinese start beats inside") << "李" << QStringList{"李四", "李小龙"};
        QTest::newRow("surname read otherwise: shan") << "shanxx" << QStringList{"单雄信"};
        QTest::newRow("surname, common reading still works") << "danxx" << QStringList{"单雄信"};
        QTest::newRow("sxx initials by the surname reading") << "sxx" << QStringList{"单雄信"};
        QTest::newRow("compound surname initials") << "oyx" << QStringList{"欧阳修"};
        QTest::newRow("compound surname yuchi") << "yuchigong" << QStringList{"尉迟恭"};
        QTest::newRow("whole reading before initials") << "li" << QStringList{"李四", "李小龙"};
    }
    void search()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, first);
        PersonSearch s;
        s.setPeople({person(1, QStringLiteral("张三")), person(2, QStringLiteral("李四")), person(3, QStringLiteral("李小龙")),
                     person(4, QStringLiteral("单雄信")), person(5, QStringLiteral("欧阳修")), person(6, QStringLiteral("尉迟恭")),
                     person(7, QStringLiteral("赵六"))});
        const QStringList got = names(s, query);
        QVERIFY2(got.size() >= first.size(), qPrintable(got.join(u',')));
        QCOMPARE(got.mid(0, first.size()), first);
    }

    void nothingFoundForNonsense()
    {
        PersonSearch s;
        s.setPeople({person(1, QStringLiteral("张三"))});
        QVERIFY(s.search(QStringLiteral("qqq")).isEmpty());
        QVERIFY(s.search(QStringLiteral("  ")).isEmpty());
        QVERIFY(s.search(QStringLiteral("王")).isEmpty());
    }

    // Two 张伟 are both found, each with the unit that tells them apart.
    void duplicateNamesComeWithTheirUnits()
    {
        PersonSearch s;
        s.setPeople({person(1, QStringLiteral("张伟"), QStringLiteral("办公室")), person(2, QStringLiteral("张伟"), QStringLiteral("财务处")),
                     person(3, QStringLiteral("张卫东"))});
        // Whole initials first (both 张伟, by unit), then 张卫东 whose name only starts so.
        QCOMPARE(names(s, QStringLiteral("zw")), QStringList({"张伟@办公室", "张伟@财务处", "张卫东"}));
    }

    // Every surname of the table is found by its own reading and by initials.
    void everySurnameOfTheTable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("typed");
        const struct { const char16_t *name; const char *typed; } rows[] = {
            {u"单明", "shanming"}, {u"曾明", "zengming"}, {u"解明", "xieming"}, {u"区明", "ouming"},   {u"查明", "zhaming"},
            {u"仇明", "qiuming"},  {u"朴明", "piaoming"}, {u"盖明", "geming"},  {u"乐明", "yueming"},  {u"覃明", "qinming"},
            {u"召明", "shaoming"}, {u"缪明", "miaoming"}, {u"翟明", "zhaiming"}, {u"秘明", "biming"},  {u"繁明", "poming"},
            {u"员明", "yunming"},  {u"句明", "gouming"},  {u"能明", "naiming"}, {u"种明", "chongming"}, {u"尉明", "weiming"},
            {u"冼明", "xianming"}, {u"洗明", "xianming"}, {u"谌明", "chenming"}, {u"隗明", "weiming"}, {u"柏明", "baiming"},
            {u"褚明", "chuming"},  {u"宓明", "miming"},   {u"逄明", "pangming"}, {u"阚明", "kanming"}, {u"蕃明", "piming"},
            {u"折明", "sheming"},  {u"厍明", "sheming"},  {u"眭明", "suiming"}, {u"訾明", "ziming"},
            {u"万俟明", "moqiming"}, {u"尉迟明", "yuchiming"}, {u"长孙明", "zhangsunming"}, {u"单于明", "chanyuming"},
            {u"澹台明", "tantaiming"}, {u"欧阳明", "ouyangming"}, {u"司马明", "simaming"}, {u"诸葛明", "zhugeming"},
            {u"上官明", "shangguanming"}, {u"东方明", "dongfangming"}, {u"皇甫明", "huangfuming"}, {u"夏侯明", "xiahouming"},
            {u"令狐明", "linghuming"}, {u"慕容明", "murongming"}, {u"公孙明", "gongsunming"}, {u"宇文明", "yuwenming"},
            {u"司徒明", "situming"}, {u"西门明", "ximenming"}, {u"轩辕明", "xuanyuanming"}, {u"呼延明", "huyanming"},
            {u"端木明", "duanmuming"}, {u"南宫明", "nangongming"}, {u"独孤明", "duguming"}, {u"闻人明", "wenrenming"},
        };
        for (const auto &r : rows)
            QTest::newRow(r.typed) << QString::fromUtf16(r.name) << QString::fromLatin1(r.typed);
    }
    void everySurnameOfTheTable()
    {
        QFETCH(QString, name);
        QFETCH(QString, typed);
        PersonSearch s;
        s.setPeople({person(1, name), person(2, QStringLiteral("黄明"))});
        QCOMPARE(names(s, typed).value(0), name);
        // initials of the surname's own reading: one letter a syllable
        QString initials;
        for (const QStringList &r : pinyinReadings(name))
            if (r.join(QString()) == typed) {
                for (const QString &syllable : r)
                    initials += syllable.front();
            }
        QVERIFY(!initials.isEmpty());
        QCOMPARE(names(s, initials).value(0), name);
    }

    // A keystroke over 5,000 people: a sanity bound here (the figure is in `lectern bench`).
    void fiveThousandPeopleAreSearchedQuickly()
    {
        const QString surnames = QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗");
        const QString given = QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚");
        QList<Person> people;
        for (int i = 0; i < 5000; ++i)
            people.append(person(i + 1, QString(surnames[i % 20]) + given[(i / 20) % 20] + given[(i / 400) % 20]));
        PersonSearch s;
        s.setPeople(people);
        QElapsedTimer t;
        t.start();
        int found = 0;
        for (const QString &q : {QStringLiteral("z"), QStringLiteral("zw"), QStringLiteral("zhangw"), QStringLiteral("wangfang")})
            found += int(s.search(q).size());
        QVERIFY(found > 0);
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed()))); // generous: a bug, not a slow machine
    }
};

QTEST_GUILESS_MAIN(TestPinyin)
#include "tst_pinyin.moc"
