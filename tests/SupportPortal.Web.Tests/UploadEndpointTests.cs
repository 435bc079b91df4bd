using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Web.Tickets.Uploads;

namespace SupportPortal.Web.Tests;

/// <summary>POST /uploads and DELETE /uploads/{token}: limits, names, antiforgery and who may use a token.</summary>
public sealed class UploadEndpointTests(UploadPortalFactory portal) : IClassFixture<UploadPortalFactory>
{
    // Every test has customers of its own, so files left by one test never count against another's limits.
    private readonly string Alice = $"alice-{Guid.NewGuid():N}@example.com";
    private readonly string Bob = $"bob-{Guid.NewGuid():N}@example.com";

    private UploadStore Store => portal.Services.GetRequiredService<UploadStore>();

    [Fact]
    public async Task Accepted_file_gets_a_token_and_waits_in_the_upload_folder_under_that_token_only()
    {
        using var alice = await CustomerClient.SignInAsync(portal, Alice);

        var uploaded = await alice.UploadAcceptedAsync("crash.log", Bytes(1500));

        Assert.Equal("crash.log", uploaded.Name);
        Assert.Equal(1500, uploaded.Size);
        Assert.Equal("text/plain", uploaded.ContentType);
        Assert.Matches("^[A-Za-z0-9_-]{22}$", uploaded.Token);
        Assert.True(File.Exists(Path.Combine(portal.UploadFolder, uploaded.Token + ".upload")));
        Assert.NotNull(Store.Find(Alice, uploaded.Token));
    }

    [Fact]
    public async Task Anonymous_upload_is_refused_with_401_and_stores_nothing()
    {
        using var anonymous = portal.CreateClient();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Bytes(10)), "file", "note.txt" } };

        using var response = await anonymous.PostAsync($"/uploads?batch={Guid.NewGuid():N}", form);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Upload_without_the_antiforgery_token_is_refused_with_400()
    {
        using var alice = await CustomerClient.SignInAsync(portal, Alice);

        using var response = await alice.UploadAsync("note.txt", Bytes(10), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("could not be verified", (await ErrorOf(response)).Message);
    }

    [Fact]
    public async Task Antiforgery_token_rendered_for_bob_does_not_let_alice_upload()
    {
        using var alice = await CustomerClient.SignInAsync(portal, Alice);
        using var bob = await CustomerClient.SignInAsync(portal, Bob);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/uploads?batch={alice.Batch}")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(Bytes(10)), "file", "note.txt" } },
        };
        request.Headers.Add("RequestVerificationToken", bob.RequestToken);

        using var response = await alice.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task File_over_the_size_limit_is_refused_with_413_naming_it_and_leaves_nothing_behind()
    {
        using var alice = await CustomerClient.SignInAsync(portal, Alice);
        var before = Directory.GetFiles(portal.UploadFolder).Length;

        using var response = await alice.UploadAsync("memory.dmp.zip", Bytes((int)UploadPortalFactory.MaxFileBytes + 1));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var error = await ErrorOf(response);
        Assert.Equal("memory.dmp.zip", error.Name);
        Assert.Contains("larger than the 256 KB limit", error.Message);
        Assert.Equal(before, Directory.GetFiles(portal.UploadFolder).Length);
    }

    [Fact]
    public async Task File_exactly_at_the_size_limit_is_accepted()
    {
        using var alice = await CustomerClient.SignInAsync(portal, Alice);

        var uploaded = await alice.UploadAcceptedAsync("limit.zip", Bytes((int)UploadPortalFactory.MaxFileBytes));

        Assert.Equal(UploadPortalFactory.MaxFileBytes, uploaded.Size);
    }

    [Fact]
    public async Task One_file_more_than_a_form_may_carry_is_refused_while_another_form_still_takes_files()
    {
        using var alice = await CustomerClient.SignInAsync(portal, Alice);
        for (var i = 1; i <= UploadPortalFactory.MaxFiles; i++)
        {
            await alice.UploadAcceptedAsync($"page{i}.png", Bytes(100));
        }

        using var refused = await alice.UploadAsync("page4.png", Bytes(100));
        alice.Batch = Guid.NewGuid().ToString("N");
        var elsewhere = await alice.UploadAcceptedAsync("other-form.png", Bytes(100));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var error = await ErrorOf(refused);
        Assert.Equal("page4.png", error.Name);
        Assert.Contains($"at most {UploadPortalFactory.MaxFiles} files", error.Message);
        Assert.Equal("other-form.png", elsewhere.Name);
    }

    [Fact]
    public async Task Removing_a_file_frees_its_place_in_the_form()
    {
        using var alice = await CustomerClient.SignInAsync(portal, Alice);
        var first = await alice.UploadAcceptedAsync("a.png", Bytes(10));
        await alice.UploadAcceptedAsync("b.png", Bytes(10));
        await alice.UploadAcceptedAsync("c.png", Bytes(10));

        using var deleted = await alice.DeleteAsync(first.Token);
        var replacement = await alice.UploadAcceptedAsync("d.png", Bytes(10));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.False(File.Exists(Path.Combine(portal.UploadFolder, first.Token + ".upload")));
        Assert.Equal("d.png", replacement.Name);
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("invoice.pdf.exe")]
    [InlineData("script.JS")]
    [InlineData("README")]
    public async Task File_of_a_type_not_allowed_is_refused_with_415(string fileName)
    {
        using var alice = await CustomerClient.SignInAsync(portal, Alice);

        using var response = await alice.UploadAsync(fileName, Bytes(10));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var error = await ErrorOf(response);
        Assert.Equal(fileName, error.Name);
        Assert.Contains("can't be attached", error.Message);
    }

    [Fact]
    public async Task Empty_file_is_refused_with_400()
    {
        using var alice = await CustomerClient.SignInAsync(portal, Alice);

        using var response = await alice.UploadAsync("empty.txt", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("“empty.txt” is empty.", (await ErrorOf(response)).Message);
    }

    [Theory]
    [InlineData("../../etc/passwd.txt", "passwd.txt")]
    [InlineData(@"..\..\Windows\win.ini.txt", "win.ini.txt")]
    [InlineData("/tmp/../../root/.ssh/notes.txt", "notes.txt")]
    [InlineData("..", "attachment")]
    [InlineData("CON.txt", "_CON.txt")]
    public async Task Folders_and_odd_characters_in_a_file_name_are_neutralised(string sent, string kept)
    {
        using var alice = await CustomerClient.SignInAsync(portal, Alice);
        var before = Directory.GetFiles(portal.UploadFolder, "*", SearchOption.AllDirectories).Length;

        using var response = await alice.UploadAsync(sent, Bytes(10));

        if (kept == "attachment")
        {
            // No extension left, so the type check refuses it; either way nothing lands outside the upload folder.
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
            Assert.Equal(kept, (await ErrorOf(response)).Name);
            return;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var uploaded = Assert.Single((await response.Content.ReadFromJsonAsync<UploadReceipt>())!.Files);
        Assert.Equal(kept, uploaded.Name);
        var files = Directory.GetFiles(portal.UploadFolder, "*", SearchOption.AllDirectories);
        Assert.Equal(before + 1, files.Length);
        Assert.Contains(Path.Combine(portal.UploadFolder, uploaded.Token + ".upload"), files);
    }

    [Fact]
    public async Task A_customer_cannot_keep_more_waiting_files_than_three_forms_hold()
    {
        using var alice = await CustomerClient.SignInAsync(portal, Alice);
        for (var form = 0; form < 3; form++)
        {
            alice.Batch = Guid.NewGuid().ToString("N");
            for (var i = 0; i < UploadPortalFactory.MaxFiles; i++)
            {
                await alice.UploadAcceptedAsync($"f{form}-{i}.txt", Bytes(10));
            }
        }

        alice.Batch = Guid.NewGuid().ToString("N");
        using var response = await alice.UploadAsync("one-too-many.txt", Bytes(10));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("one-too-many.txt", (await ErrorOf(response)).Name);
    }

    [Fact]
    public async Task Huge_file_name_is_cut_to_255_characters_keeping_its_extension()
    {
        using var alice = await CustomerClient.SignInAsync(portal, Alice);

        using var response = await alice.UploadAsync(new string('a', 10_000) + ".txt", Bytes(10));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var uploaded = Assert.Single((await response.Content.ReadFromJsonAsync<UploadReceipt>())!.Files);

        Assert.Equal(255, uploaded.Name.Length);
        Assert.EndsWith("aaa.txt", uploaded.Name);
    }

    [Fact]
    public async Task A_token_is_bound_to_the_customer_who_uploaded_the_file()
    {
        using var alice = await CustomerClient.SignInAsync(portal, Alice);
        using var bob = await CustomerClient.SignInAsync(portal, Bob);
        var uploaded = await alice.UploadAcceptedAsync("alice-only.txt", Bytes(10));

        using var bobDeletes = await bob.DeleteAsync(uploaded.Token);

        Assert.Equal(HttpStatusCode.NotFound, bobDeletes.StatusCode);
        Assert.Null(Store.Find(Bob, uploaded.Token));
        Assert.Throws<UploadUnavailableException>(() => Store.Claim(Bob, [uploaded.Token]));
        var claimed = Assert.Single(Store.Claim(Alice, [uploaded.Token]));
        Assert.Equal("alice-only.txt", claimed.FileName);
    }

    [Fact]
    public async Task A_token_expires_and_the_cleanup_deletes_its_file()
    {
        using var alice = await CustomerClient.SignInAsync(portal, Alice);
        var uploaded = await alice.UploadAcceptedAsync("soon-gone.txt", Bytes(10));
        var path = Path.Combine(portal.UploadFolder, uploaded.Token + ".upload");

        portal.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        var refused = Assert.Throws<UploadUnavailableException>(() => Store.Claim(Alice, [uploaded.Token]));
        Store.DeleteExpired();

        Assert.Equal(uploaded.Token, refused.Token);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Claimed_upload_streams_the_bytes_that_were_sent()
    {
        using var alice = await CustomerClient.SignInAsync(portal, Alice);
        var content = Bytes(100_000);
        var uploaded = await alice.UploadAcceptedAsync("data.csv", content);

        var attachment = Assert.Single(Store.Claim(Alice, [uploaded.Token]));
        await using var stream = await attachment.OpenReadAsync(CancellationToken.None);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);

        Assert.Equal(("data.csv", "text/csv", 100_000L), (attachment.FileName, attachment.ContentType, attachment.Length));
        Assert.Equal(content, copy.ToArray());
    }

    private static async Task<UploadError> ErrorOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<UploadError>())!;

    private static byte[] Bytes(int count) => Enumerable.Range(0, count).Select(i => (byte)(i * 7)).ToArray();
}
