namespace Platform.Venues.Domain;

/// <summary>Great-circle distances on a sphere of the Earth's mean radius (WGS-84 coordinates in degrees).</summary>
public static class GeoDistance
{
    /// <summary>The IUGG mean Earth radius in meters.</summary>
    public const double EarthRadiusMeters = 6_371_008.8;

    /// <summary>The haversine distance in meters between two points.</summary>
    public static double Meters(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var phi1 = Radians(latitude1);
        var phi2 = Radians(latitude2);
        var sinHalfPhi = Math.Sin((phi2 - phi1) / 2);
        var sinHalfLambda = Math.Sin(Radians(longitude2 - longitude1) / 2);
        var h = sinHalfPhi * sinHalfPhi + Math.Cos(phi1) * Math.Cos(phi2) * sinHalfLambda * sinHalfLambda;
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>
    /// A latitude/longitude box holding every point within <paramref name="radiusMeters"/> of the center, for an index
    /// prefilter. Near a pole or across the antimeridian the longitude range is the whole circle.
    /// </summary>
    public static BoundingBox Around(double latitude, double longitude, double radiusMeters)
    {
        var latitudeDelta = Degrees(radiusMeters / EarthRadiusMeters);
        var minLatitude = latitude - latitudeDelta;
        var maxLatitude = latitude + latitudeDelta;
        if (minLatitude <= -90 || maxLatitude >= 90)
        {
            return new BoundingBox(Math.Max(minLatitude, -90), Math.Min(maxLatitude, 90), -180, 180);
        }

        // The widest longitude span is at the box's latitude nearest a pole; asin keeps it exact rather than a cos estimate.
        var longitudeDelta = Degrees(Math.Asin(Math.Min(1, Math.Sin(radiusMeters / EarthRadiusMeters) / Math.Cos(Radians(latitude)))));
        var minLongitude = longitude - longitudeDelta;
        var maxLongitude = longitude + longitudeDelta;
        return minLongitude < -180 || maxLongitude > 180
            ? new BoundingBox(minLatitude, maxLatitude, -180, 180)
            : new BoundingBox(minLatitude, maxLatitude, minLongitude, maxLongitude);
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    private static double Degrees(double radians) => radians * 180 / Math.PI;
}

/// <summary>An inclusive latitude/longitude range.</summary>
public readonly record struct BoundingBox(double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude);
