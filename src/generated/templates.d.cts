// Types for the generated precompiled templates (scripts/gen-templates.mjs).
declare const templates: { templates: Record<string, { root: unknown }>; __templatesHash: string }
export = templates
