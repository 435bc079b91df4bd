using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupportPortal.Helpdesk.Embedded.Entities;

namespace SupportPortal.Helpdesk.Embedded.Data.Configurations;

/// <summary>The knowledge base: a category tree, articles in it, comments on articles.</summary>
internal sealed class KnowledgeBaseConfiguration :
    IEntityTypeConfiguration<KbCategoryRow>,
    IEntityTypeConfiguration<KbArticleRow>,
    IEntityTypeConfiguration<KbCommentRow>
{
    public void Configure(EntityTypeBuilder<KbCategoryRow> category)
    {
        category.ToTable("KbCategories");
        category.Property(c => c.Title).HasMaxLength(255);
        category.HasIndex(c => new { c.ParentId, c.DisplayOrder });
        category.HasOne<KbCategoryRow>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<KbArticleRow> article)
    {
        article.ToTable("KbArticles");
        article.Property(a => a.Title).HasMaxLength(255);
        article.HasIndex(a => new { a.CategoryId, a.DisplayOrder });
        article.HasOne<KbCategoryRow>().WithMany().HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<KbCommentRow> comment)
    {
        comment.ToTable("KbComments");
        comment.Property(c => c.Name).HasMaxLength(255);
        comment.HasIndex(c => new { c.ArticleId, c.CreatedAt });
        comment.HasOne<KbArticleRow>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
