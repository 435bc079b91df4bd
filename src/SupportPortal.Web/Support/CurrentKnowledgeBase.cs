using SupportPortal.Web.Helpdesk;

namespace SupportPortal.Web.Support;

/// <summary>The knowledge base and search of this request's (or circuit's) helpdesk, for the pages.</summary>
public sealed class CurrentKnowledgeBase(CurrentHelpdesk helpdesk, KnowledgeBases knowledgeBases)
{
    public KnowledgeBaseService Service => knowledgeBases.Service(helpdesk.Key);

    public KnowledgeBaseSearch Search => knowledgeBases.Search(helpdesk.Key);
}
