namespace SupportPortal.Reliability.Tests.Attacks;

/// <summary>
/// Replies a compromised or impersonated helpdesk could send: entities that read local files or fetch from the
/// network, entity expansion bombs, DTDs, and XML that is simply broken. Each would be read without error by a
/// parser that processed DTDs, so an adapter that accepted one of them has been attacked.
/// </summary>
public static class HostileXml
{
    /// <summary>The payload names, for theories; <see cref="Build"/> turns one into a reply.</summary>
    public static TheoryData<string> Names =>
    [
        "external-file-entity",
        "external-parameter-entity",
        "external-dtd",
        "billion-laughs",
        "internal-dtd",
        "truncated",
        "mismatched-tags",
        "not-xml",
    ];

    /// <summary>The reply named <paramref name="name"/>; <paramref name="secretFile"/> is what it tries to read.</summary>
    public static string Build(string name, string secretFile, Uri externalDtd) => name switch
    {
        "external-file-entity" => $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE departments [ <!ENTITY secret SYSTEM "file://{secretFile}"> ]>
            {Departments("&secret;")}
            """,
        "external-parameter-entity" => $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE departments [ <!ENTITY % remote SYSTEM "{externalDtd}"> %remote; ]>
            {Departments("&stolen;")}
            """,
        "external-dtd" => $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE departments SYSTEM "{externalDtd}">
            {Departments("Support")}
            """,
        "billion-laughs" => $"""
            <?xml version="1.0"?>
            <!DOCTYPE departments [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            {Departments("&lol9;")}
            """,
        "internal-dtd" => $"""
            <?xml version="1.0"?>
            <!DOCTYPE departments [ <!ELEMENT departments ANY> <!ENTITY name "Support"> ]>
            {Departments("&name;")}
            """,
        "truncated" => "<?xml version=\"1.0\"?><departments><department><id>1</id><title>Supp",
        "mismatched-tags" => "<departments><department><id>1</id><title>Support</department></title></departments>",
        "not-xml" => "<html><body><h1>502 Bad Gateway</h1><p>nginx</body>",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such payload."),
    };

    // Shaped like Kayako's department list, so the only thing wrong with a reply is the attack itself.
    private static string Departments(string title) => $"""
        <departments>
          <department>
            <id>1</id><title>{title}</title><type>public</type><module>tickets</module>
            <displayorder>1</displayorder><parentdepartmentid>0</parentdepartmentid><uservisibilitycustom>0</uservisibilitycustom>
          </department>
        </departments>
        """;
}
