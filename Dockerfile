# syntax=docker/dockerfile:1
# SupportPortal: build with the .NET 10 SDK, run on the ASP.NET Core 10 runtime as a non-root user.
#   docker build -t support-portal .
#   docker run -p 8080:8080 -v support-portal-data:/app/data support-portal
# Settings: edit appsettings.json before building, or override at run time with environment
# variables, e.g. -e Helpdesk__Provider=Embedded -e Portal__Name="Acme Support".

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props appsettings.json ./
COPY wwwroot/ wwwroot/
COPY src/ src/
# Restore only the web project (and what it references), never the solution: the test projects'
# packages (Playwright alone is ~800 MB) have no place in the image.
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet restore src/SupportPortal.Web/SupportPortal.Web.csproj
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet publish src/SupportPortal.Web/SupportPortal.Web.csproj \
        --no-restore -c Release -o /app/publish -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
# The runtime image has neither curl nor wget; curl serves the HEALTHCHECK below.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/publish .
# The SQLite database and the attachments live under /app/data ("Data Source=data/helpdesk.db" is relative
# to the working folder): a volume, owned by the image's non-root user "app".
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
VOLUME /app/data
USER $APP_UID
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD curl --fail --silent --show-error http://127.0.0.1:8080/healthz || exit 1
ENTRYPOINT ["dotnet", "SupportPortal.Web.dll"]
