using Platform.Venues.Domain;

namespace Platform.Venues.Data.Seed;

/// <summary>
/// The sample venues. The seed documents name no venue addresses or coordinates: names and addresses say they are
/// samples, coordinates are rough points inside each district, schedules and rooms are illustrations of the rules.
/// </summary>
internal static class SampleVenues
{
    public const string Marker = "【示例】";

    public static List<Venue> Build()
    {
        var jinyuan = TaiyuanSeedUnitIds.County("晋源区");
        var jinci = TaiyuanSeedUnitIds.Township("晋源区", "晋祠镇");
        var xiaodian = TaiyuanSeedUnitIds.County("小店区");
        var beiying = TaiyuanSeedUnitIds.Township("小店区", "北营街办");
        var yingze = TaiyuanSeedUnitIds.County("迎泽区");

        string[] theoryEducationCultureSportsScience = ["理论宣讲室", "教育服务室", "文体活动室", "科普室"];
        return
        [
            Venue(jinyuan, VenueKind.CenterSite, "晋源区新时代文明实践中心", 37.7153, 112.4774,
                Days(9 * 60, 17 * 60, Weekday.Tuesday, Weekday.Wednesday, Weekday.Thursday, Weekday.Friday, Weekday.Saturday, Weekday.Sunday),
                Rooms(theoryEducationCultureSportsScience, [RoomPurpose.Theory], [RoomPurpose.Education], [RoomPurpose.Culture, RoomPurpose.Sports], [RoomPurpose.Science]),
                fourHaves: true),
            Venue(jinci, VenueKind.InstituteSite, "晋祠镇新时代文明实践所", 37.7090, 112.4420,
                [.. Days(8 * 60 + 30, 12 * 60, Weekday.Monday, Weekday.Tuesday, Weekday.Wednesday, Weekday.Thursday, Weekday.Friday),
                 .. Days(14 * 60 + 30, 18 * 60, Weekday.Monday, Weekday.Tuesday, Weekday.Wednesday, Weekday.Thursday, Weekday.Friday)],
                Rooms(["多功能室", "图书室"], [RoomPurpose.Theory, RoomPurpose.Education], [RoomPurpose.Culture]),
                fourHaves: false),
            Venue(xiaodian, VenueKind.CenterSite, "小店区新时代文明实践中心", 37.7360, 112.5650,
                Days(9 * 60, 18 * 60, Weekday.Monday, Weekday.Tuesday, Weekday.Wednesday, Weekday.Thursday, Weekday.Friday),
                Rooms(theoryEducationCultureSportsScience, [RoomPurpose.Theory], [RoomPurpose.Education], [RoomPurpose.Culture], [RoomPurpose.Science]),
                fourHaves: true),
            Venue(beiying, VenueKind.VolunteerServiceStation, "北营街办志愿服务站", 37.8000, 112.6000,
                Days(0, OpeningInterval.MinutesPerDay, Enum.GetValues<Weekday>()), [], fourHaves: false),
            Venue(yingze, VenueKind.ParkOrSquare, "迎泽区文明实践广场", 37.8580, 112.5460,
                Days(6 * 60, 22 * 60, Enum.GetValues<Weekday>()), [], fourHaves: false),
        ];
    }

    private static Venue Venue(
        string unitId, VenueKind kind, string name, double latitude, double longitude, List<OpeningInterval> schedule, List<FunctionRoom> rooms, bool fourHaves) =>
        new()
        {
            Id = TaiyuanSeedUnitIds.Hash("venue-sample:" + unitId + "/" + name),
            UnitId = unitId,
            Kind = kind,
            Name = Marker + name,
            Address = Marker + "地址未采集（坐标为所在区域的概略位置）",
            Latitude = latitude,
            Longitude = longitude,
            OpeningIntervals = [.. WeeklySchedule.EnsureNoOverlap(schedule)],
            Rooms = rooms,
            HasFixedPlace = true,
            HasSignage = true,
            HasOfficeFacilities = fourHaves,
            HasPublicityDisplays = fourHaves,
        };

    private static List<OpeningInterval> Days(int opens, int closes, params Weekday[] days) =>
        [.. days.Select(day => new OpeningInterval(day, opens, closes, Overnight: false))];

    private static List<FunctionRoom> Rooms(string[] names, params RoomPurpose[][] purposes) =>
        [.. names.Zip(purposes, (name, purpose) => new FunctionRoom(name, purpose))];
}
