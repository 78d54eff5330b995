namespace Platform.Hosting.Synthetic;

/// <summary>Made-up place and person names: two characters from a list and the suffix of the level, unique among siblings.</summary>
internal static class SyntheticNames
{
    private static readonly string[] Places =
    [
        "东", "西", "南", "北", "青", "明", "安", "平", "和", "兴", "河", "山", "泉", "林", "阳", "丰",
        "新", "宁", "春", "泰", "嘉", "福", "清", "华", "德", "临", "龙", "凤", "石", "柳", "桥", "营",
        "坊", "庄", "湖", "海", "岭", "川", "水", "云", "长", "乐", "惠", "广", "昌", "盛", "文", "兰",
    ];

    private static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林",
        "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹",
    ];

    private static readonly string[] Given =
    [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
        "超", "秀", "霞", "平", "刚", "桂", "英", "华", "建", "国", "文", "玉", "兰", "红", "梅", "鑫",
    ];

    public static string Place(SyntheticRandom random, string suffix, ISet<string> taken)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var name = random.Pick(Places) + random.Pick(Places) + suffix;
            if (taken.Add(name))
            {
                return name;
            }
        }

        // A crowded parent: a number keeps the name unique among its siblings.
        var numbered = random.Pick(Places) + random.Pick(Places) + (taken.Count + 1) + suffix;
        taken.Add(numbered);
        return numbered;
    }

    public static string Person(SyntheticRandom random) =>
        random.Pick(Surnames) + random.Pick(Given) + (random.Chance(0.6) ? random.Pick(Given) : "");
}
