namespace SupportPortal.Helpdesk.KayakoClassic.Configuration;

/// <summary>
/// Where the Kayako Classic REST API lives and the credentials that sign every request.
/// <paramref name="VotesFile"/> is where the portal keeps article votes, which the REST API cannot record.
/// </summary>
internal sealed record KayakoClassicSettings(Uri BaseUrl, string ApiKey, string SecretKey, string VotesFile)
{
    public const string SectionName = "Helpdesk:KayakoClassic";
    public const string BaseUrlSetting = SectionName + ":BaseUrl";
    public const string ApiKeySetting = SectionName + ":ApiKey";
    public const string SecretKeySetting = SectionName + ":SecretKey";
    public const string VotesFileSetting = SectionName + ":VotesFile";
    public const string DefaultVotesFile = "data/kayako-classic-article-votes.json";

    /// <summary>Never print the secret: settings end up in logs and exception messages.</summary>
    public override string ToString() => $"{BaseUrl} (API key {ApiKey})";
}
