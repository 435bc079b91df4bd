using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using SupportPortal.Web.Components.Shared;
using SupportPortal.Web.Tickets.Uploads;

namespace SupportPortal.Web.Tests;

/// <summary>The attachment picker's states as its script reports them: uploading, uploaded, failed, removed.</summary>
public sealed class AttachmentPickerTests : BunitContext, IAsyncLifetime
{
    private const string Script = "./Components/Shared/AttachmentPicker.razor.js";

    private readonly BunitJSModuleInterop module;
    private int changes;

    public AttachmentPickerTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddLogging();
        Services.AddSingleton(Options.Create(new UploadOptions { MaxFileBytes = 1024 * 1024, MaxFiles = 2, AllowedExtensions = [".png", ".log"] }));
        Services.AddSingleton<AntiforgeryStateProvider>(new FixedAntiforgery());
        JSInterop.Mode = JSRuntimeMode.Loose;
        module = JSInterop.SetupModule(Script);
        module.SetupVoid("attach", _ => true).SetVoidResult();
        module.SetupVoid("remove", _ => true).SetVoidResult();
    }

    [Fact]
    public void Starts_the_script_with_the_upload_address_and_renders_the_request_token_it_sends()
    {
        var picker = RenderPicker();

        var attach = module.VerifyInvoke("attach");
        Assert.Contains("/uploads", attach.Arguments[2]!.ToString());
        Assert.Equal("token-for-the-test", picker.Find("input[name=__RequestVerificationToken]").GetAttribute("value"));
        var input = picker.Find("input[type=file]");
        Assert.True(input.HasAttribute("multiple"));
        Assert.False(input.HasAttribute("disabled"));
        Assert.Equal("Attach files", picker.Find($"label[for='{input.Id}']").TextContent.Trim());
        Assert.Contains("Up to 2 files, 1 MB each", picker.Find($"#{input.GetAttribute("aria-describedby")}").TextContent);
    }

    [Fact]
    public async Task A_file_on_its_way_shows_its_name_size_and_a_progress_bar()
    {
        var picker = RenderPicker();

        var send = await picker.InvokeAsync(() => picker.Instance.FileAdded("f1", "screenshot.png", 512 * 1024));
        await picker.InvokeAsync(() => picker.Instance.FileProgress("f1", 256 * 1024, 512 * 1024));

        Assert.True(send);
        var item = picker.Find("li.attachment-item");
        Assert.Contains("screenshot.png", item.QuerySelector(".attachment-name")!.TextContent);
        Assert.Equal("512 KB", item.QuerySelector(".attachment-size")!.TextContent.Trim());
        var bar = item.QuerySelector("[role=progressbar]")!;
        Assert.Equal("Uploading screenshot.png", bar.GetAttribute("aria-label"));
        Assert.Equal("50", bar.GetAttribute("aria-valuenow"));
        Assert.Contains("Uploading… 50%", item.TextContent);
        Assert.True(picker.Instance.IsUploading);
        Assert.Empty(picker.Instance.Tokens);
    }

    [Fact]
    public async Task An_uploaded_file_says_so_and_gives_its_token_to_the_form()
    {
        var picker = RenderPicker();

        await picker.InvokeAsync(() => picker.Instance.FileAdded("f1", "screenshot.png", 2048));
        await picker.InvokeAsync(() => picker.Instance.FileUploaded("f1", "tok-1", "screenshot.png", 2048));

        var item = picker.Find("li.attachment-item");
        Assert.Contains("Uploaded", item.TextContent);
        Assert.Empty(item.QuerySelectorAll("[role=progressbar]"));
        Assert.Equal(["tok-1"], picker.Instance.Tokens);
        Assert.False(picker.Instance.IsUploading);
        Assert.True(changes >= 2);
    }

    [Fact]
    public async Task A_refused_file_shows_the_servers_message_beside_it_while_the_others_keep_going()
    {
        var picker = RenderPicker();

        await picker.InvokeAsync(() => picker.Instance.FileAdded("f1", "big.png", 4096));
        await picker.InvokeAsync(() => picker.Instance.FileAdded("f2", "install.log", 100));
        await picker.InvokeAsync(() => picker.Instance.FileFailed("f1", "Server", "“big.png” is larger than the 1 MB limit."));

        var items = picker.FindAll("li.attachment-item");
        Assert.Equal("“big.png” is larger than the 1 MB limit.", items[0].QuerySelector("[role=alert]")!.TextContent.Trim());
        Assert.NotNull(items[1].QuerySelector("[role=progressbar]"));
        Assert.True(picker.Instance.IsUploading);
    }

    [Fact]
    public async Task A_lost_connection_is_explained_in_words()
    {
        var picker = RenderPicker();

        await picker.InvokeAsync(() => picker.Instance.FileAdded("f1", "shot.png", 100));
        await picker.InvokeAsync(() => picker.Instance.FileFailed("f1", "Network", null));

        Assert.Contains("the connection was lost", picker.Find("[role=alert]").TextContent);
    }

    [Theory]
    [InlineData("huge.png", 2 * 1024 * 1024, "larger than the 1 MB limit")]
    [InlineData("setup.exe", 100, "only .png, .log files are accepted")]
    [InlineData("empty.log", 0, "the file is empty")]
    public async Task A_file_the_server_would_refuse_fails_at_once_and_is_not_sent(string name, long size, string message)
    {
        var picker = RenderPicker();

        var send = await picker.InvokeAsync(() => picker.Instance.FileAdded("f1", name, size));

        Assert.False(send);
        Assert.Contains(message, picker.Find("li.attachment-item [role=alert]").TextContent);
        Assert.False(picker.Instance.IsUploading);
    }

    [Fact]
    public async Task A_file_beyond_the_limit_of_files_is_not_sent()
    {
        var picker = RenderPicker();

        await picker.InvokeAsync(() => picker.Instance.FileAdded("f1", "a.png", 10));
        await picker.InvokeAsync(() => picker.Instance.FileAdded("f2", "b.png", 10));
        var send = await picker.InvokeAsync(() => picker.Instance.FileAdded("f3", "c.png", 10));

        Assert.False(send);
        Assert.Contains("at most 2 files", picker.FindAll("li.attachment-item")[2].TextContent);
    }

    [Fact]
    public async Task A_removed_file_leaves_the_list_and_the_form_and_the_script_deletes_it_on_the_server()
    {
        var picker = RenderPicker();
        await picker.InvokeAsync(() => picker.Instance.FileAdded("f1", "keep.png", 10));
        await picker.InvokeAsync(() => picker.Instance.FileUploaded("f1", "tok-keep", "keep.png", 10));
        await picker.InvokeAsync(() => picker.Instance.FileAdded("f2", "oops.png", 10));
        await picker.InvokeAsync(() => picker.Instance.FileUploaded("f2", "tok-oops", "oops.png", 10));

        picker.Find("button[aria-label='Remove oops.png']").Click();

        Assert.Equal(["keep.png"], picker.FindAll(".attachment-name").Select(n => n.TextContent));
        Assert.Equal(["tok-keep"], picker.Instance.Tokens);
        var remove = module.VerifyInvoke("remove");
        Assert.Equal(["f2", "tok-oops"], remove.Arguments.Skip(1).Select(a => a?.ToString()));
    }

    [Fact]
    public async Task Removing_a_file_still_uploading_asks_the_script_to_stop_it()
    {
        var picker = RenderPicker();
        await picker.InvokeAsync(() => picker.Instance.FileAdded("f1", "slow.png", 1000));

        picker.Find("button[aria-label='Remove slow.png']").Click();

        Assert.Empty(picker.FindAll("li.attachment-item"));
        Assert.False(picker.Instance.IsUploading);
        Assert.Equal("f1", module.VerifyInvoke("remove").Arguments[1]);
    }

    private IRenderedComponent<AttachmentPicker> RenderPicker() =>
        Render<AttachmentPicker>(parameters => parameters.Add(p => p.OnChange, () => changes++));

    private sealed class FixedAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken GetAntiforgeryToken() => new("token-for-the-test", "__RequestVerificationToken");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}
