namespace Platform.Organization.Domain;

/// <summary>
/// Where a unit sits in the practice network: two administrative levels, the three practice levels
/// (center, institute, station) and Shandong's family stations and practice bases [seed 002 §三, 003 §二].
/// </summary>
[GraphQLDescription("The level of an organization unit in the civilization-practice network.")]
public enum OrgLevel
{
    [GraphQLDescription("A province (省): the root of a tree.")]
    Province,

    [GraphQLDescription("A city (市) of a province.")]
    City,

    [GraphQLDescription("A county, county-level city or district (县/市/区) and its practice center (新时代文明实践中心).")]
    County,

    [GraphQLDescription("A township or street (乡镇/街道) and its practice institute (实践所).")]
    Township,

    [GraphQLDescription("An administrative village or community (行政村/社区) and its practice station (实践站).")]
    Village,

    [GraphQLDescription("A family practice station (文明实践家庭站) under a station (Shandong).")]
    FamilyStation,

    [GraphQLDescription("A practice base (实践基地) hosted by a museum, library, school or company, under a center or institute (Shandong).")]
    PracticeBase,
}
