using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupportPortal.Web.Reliability.Outbox.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OutboxHelpdeskKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HelpdeskKey",
                table: "OutboxMessages",
                type: "character varying(253)",
                maxLength: 253,
                nullable: false,
                defaultValue: "default");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HelpdeskKey",
                table: "OutboxMessages");
        }
    }
}
