using System.Xml.Linq;
using Microsoft.Extensions.Caching.Hybrid;
using SupportPortal.Helpdesk.KayakoClassic.Api;
using SupportPortal.Helpdesk.KayakoClassic.Http;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic.ReferenceData;

/// <summary>
/// Kayako's slowly changing lists — departments, statuses, priorities, ticket types, user groups, custom field
/// definitions, knowledge-base categories — read once and kept for a few minutes, so a page view costs no extra
/// calls. A change made in Kayako shows within <see cref="Lifetime"/>.
/// </summary>
internal sealed class KayakoReferenceData(
    IKayakoBaseApi baseApi,
    IKayakoTicketsApi ticketsApi,
    IKayakoKnowledgebaseApi knowledgebaseApi,
    HybridCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private const string KeyPrefix = "SupportPortal.KayakoClassic:";

    // ListOptions is one call per choice field; a few at a time keeps a cold start short without crowding Kayako.
    private const int ParallelOptionReads = 4;

    private static readonly HybridCacheEntryOptions Entry = new() { Expiration = Lifetime, LocalCacheExpiration = Lifetime };

    public Task<IReadOnlyList<KayakoDepartment>> DepartmentsAsync(CancellationToken cancellationToken) =>
        CachedAsync("departments", KayakoDepartment.Controller, "department", KayakoDepartment.From, baseApi.GetDepartmentsAsync, cancellationToken);

    public Task<IReadOnlyList<KayakoStatus>> StatusesAsync(CancellationToken cancellationToken) =>
        CachedAsync("statuses", KayakoStatus.Controller, "ticketstatus", KayakoStatus.From, ticketsApi.GetStatusesAsync, cancellationToken);

    public Task<IReadOnlyList<KayakoPriority>> PrioritiesAsync(CancellationToken cancellationToken) =>
        CachedAsync("priorities", KayakoPriority.Controller, "ticketpriority", KayakoPriority.From, ticketsApi.GetPrioritiesAsync, cancellationToken);

    public Task<IReadOnlyList<KayakoTicketType>> TicketTypesAsync(CancellationToken cancellationToken) =>
        CachedAsync("ticket-types", KayakoTicketType.Controller, "tickettype", KayakoTicketType.From, ticketsApi.GetTypesAsync, cancellationToken);

    /// <summary>The user groups; empty where Kayako does not offer Base/UserGroup (it answers 404).</summary>
    public async Task<IReadOnlyList<KayakoUserGroup>> UserGroupsAsync(CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(
            KeyPrefix + "user-groups",
            async token =>
            {
                using var response = await KayakoReplies.SendAsync(KayakoUserGroup.Controller, baseApi.GetUserGroupsAsync, token);
                var groups = new List<KayakoUserGroup>();
                if (response.StatusCode != System.Net.HttpStatusCode.NotFound)
                {
                    await KayakoXml.ForEachItemAsync(response, KayakoUserGroup.Controller, "usergroup", g => groups.Add(KayakoUserGroup.From(g)), token);
                }

                return new CachedList<KayakoUserGroup>(groups);
            },
            Entry,
            cancellationToken: cancellationToken)).Items;

    public Task<IReadOnlyList<KayakoFieldGroup>> FieldGroupsAsync(CancellationToken cancellationToken) =>
        CachedAsync("field-groups", KayakoFieldGroup.Controller, "customfieldgroup", KayakoFieldGroup.From, baseApi.GetCustomFieldGroupsAsync, cancellationToken);

    /// <summary>Kayako's code names the items "kbcategory"; its reference page's example says "category".</summary>
    public async Task<IReadOnlyList<KayakoKbCategory>> KnowledgeBaseCategoriesAsync(CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(
            KeyPrefix + "kb-categories",
            async token => new CachedList<KayakoKbCategory>(await ReadAsync(
                KayakoKbCategory.Controller, ["kbcategory", "category"], KayakoKbCategory.From, knowledgebaseApi.GetCategoriesAsync, token)),
            Entry,
            cancellationToken: cancellationToken)).Items;

    /// <summary>Every custom field with its options.</summary>
    public async Task<IReadOnlyList<KayakoField>> FieldsAsync(CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(
            KeyPrefix + "fields",
            async token => new CachedList<KayakoField>(await ReadFieldsAsync(token)),
            Entry,
            cancellationToken: cancellationToken)).Items;

    /// <summary>The ids of the custom field groups linked to a department.</summary>
    public async Task<IReadOnlyList<int>> DepartmentFieldGroupIdsAsync(int departmentId, CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(
            $"{KeyPrefix}department-field-groups:{departmentId}",
            async token => new CachedList<int>((await ReadAsync(
                KayakoFieldGroup.Controller,
                "customfieldgroup",
                group => KayakoFieldGroup.From(group).Id,
                t => baseApi.GetDepartmentCustomFieldGroupsAsync(departmentId, t),
                token)).Distinct().ToList()),
            Entry,
            cancellationToken: cancellationToken)).Items;

    /// <summary>The customer-facing groups linked to the department, with the fields the contract can show.</summary>
    public async Task<DepartmentForm> DepartmentFormAsync(int departmentId, CancellationToken cancellationToken)
    {
        var linked = (await DepartmentFieldGroupIdsAsync(departmentId, cancellationToken)).ToHashSet();
        var groups = await FieldGroupsAsync(cancellationToken);
        var fields = await FieldsAsync(cancellationToken);
        return new DepartmentForm(
            departmentId,
            groups
                .Where(g => linked.Contains(g.Id) && g.IsForCustomerTickets)
                .OrderBy(g => g.DisplayOrder).ThenBy(g => g.Id)
                .Select(g => new DepartmentFormGroup(g, FieldsOf(g, fields)))
                .ToList());
    }

    public static IReadOnlyList<KayakoField> FieldsOf(KayakoFieldGroup group, IReadOnlyList<KayakoField> fields) =>
        fields.Where(f => f.GroupId == group.Id && f.IsSupported).OrderBy(f => f.DisplayOrder).ThenBy(f => f.Id).ToList();

    private async Task<IReadOnlyList<KayakoField>> ReadFieldsAsync(CancellationToken cancellationToken)
    {
        var fields = await ReadAsync(KayakoField.Controller, "customfield", KayakoField.From, baseApi.GetCustomFieldsAsync, cancellationToken);
        var withOptions = new KayakoField[fields.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, fields.Count),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelOptionReads, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var field = fields[index];
                withOptions[index] = field.IsSupported && field.Type.HasOptions()
                    ? field with { Options = await ReadOptionsAsync(field.Id, token) }
                    : field;
            });
        return withOptions;
    }

    private async Task<IReadOnlyList<KayakoFieldOption>> ReadOptionsAsync(int fieldId, CancellationToken cancellationToken) =>
        (await ReadAsync(KayakoFieldOption.Controller, "option", KayakoFieldOption.From, t => baseApi.GetCustomFieldOptionsAsync(fieldId, t), cancellationToken))
            .OrderBy(o => o.DisplayOrder).ThenBy(o => o.Id)
            .ToList();

    private async Task<IReadOnlyList<T>> CachedAsync<T>(
        string key,
        string controller,
        string itemName,
        Func<XElement, T> parse,
        Func<CancellationToken, Task<HttpResponseMessage>> send,
        CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(
            KeyPrefix + key,
            async token => new CachedList<T>(await ReadAsync(controller, itemName, parse, send, token)),
            Entry,
            cancellationToken: cancellationToken)).Items;

    /// <summary>Reads every <paramref name="itemName"/> of one reply.</summary>
    public static Task<IReadOnlyList<T>> ReadAsync<T>(
        string controller,
        string itemName,
        Func<XElement, T> parse,
        Func<CancellationToken, Task<HttpResponseMessage>> send,
        CancellationToken cancellationToken) =>
        ReadAsync(controller, [itemName], parse, send, cancellationToken);

    /// <summary>Reads every item of one reply whose element has one of <paramref name="itemNames"/>.</summary>
    public static async Task<IReadOnlyList<T>> ReadAsync<T>(
        string controller,
        string[] itemNames,
        Func<XElement, T> parse,
        Func<CancellationToken, Task<HttpResponseMessage>> send,
        CancellationToken cancellationToken)
    {
        using var response = await KayakoReplies.SendAsync(controller, send, cancellationToken);
        var items = new List<T>();
        await KayakoXml.ForEachItemAsync(response, controller, itemNames, item => items.Add(parse(item)), cancellationToken);
        return items;
    }
}
