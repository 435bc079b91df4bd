namespace SupportPortal.Web.Reliability;

/// <summary>The name of the portal's own meter, for exporters and tests to listen to.</summary>
public static class PortalMeter
{
    public const string Name = "SupportPortal";
}
