using System.Text.Json.Nodes;

namespace HostingApi.Dialects.CloudSigma.Drives;

/// <summary>
/// The drive schema (<c>GET /drives/schema/</c>, the path pycloudsigma's <c>get_schema()</c> reads),
/// exactly as seed 004 prints it.
/// </summary>
public static class DriveSchema
{
    public static JsonNode Document() => JsonNode.Parse(Text)!;

    private const string Text = """
        {
            "allowed_detail_http_methods": [
                "get",
                "put",
                "delete"
            ],
            "allowed_list_http_methods": [
                "get",
                "put",
                "delete",
                "post"
            ],
            "default_format": "application/json",
            "default_limit": 20,
            "fields": {
                "affinities": {
                    "choices": [
                        "ssd"
                    ],
                    "default": [],
                    "help_text": "A list of affinities this drive should belong to",
                    "readonly": false,
                    "required": false,
                    "type": "list"
                },
                "allow_multimount": {
                    "default": false,
                    "help_text": "Allow the drive to be mounted on multiple guests. Not taken into account when drive is cdrom.",
                    "readonly": false,
                    "required": false,
                    "type": "boolean"
                },
                "jobs": {
                    "default": "No default provided.",
                    "help_text": "Background jobs related to this resource",
                    "readonly": true,
                    "required": true,
                    "type": "related"
                },
                "licenses": {
                    "default": [],
                    "fields": {
                        "amount": {
                            "default": 1,
                            "help_text": "Number of licenses",
                            "readonly": false,
                            "required": false,
                            "type": "integer"
                        },
                        "license": {
                            "default": "No default provided.",
                            "help_text": "A single related resource. Can be either a URI or set of nested resource data.",
                            "readonly": false,
                            "required": true,
                            "type": "related"
                        },
                        "user": {
                            "default": null,
                            "help_text": "Owner of the license",
                            "readonly": false,
                            "required": false,
                            "type": "related"
                        }
                    },
                    "help_text": "A list of licenses attached to this drive",
                    "readonly": false,
                    "required": false,
                    "type": "related"
                },
                "media": {
                    "choices": [
                        "cdrom",
                        "disk"
                    ],
                    "default": null,
                    "help_text": "Media representation type",
                    "readonly": false,
                    "required": true,
                    "type": "string"
                },
                "meta": {
                    "default": {},
                    "help_text": "User defined meta information",
                    "readonly": false,
                    "required": false,
                    "type": "dict"
                },
                "mounted_on": {
                    "default": "No default provided.",
                    "help_text": "Servers on which this drive is mounted on",
                    "readonly": true,
                    "required": false,
                    "type": "related"
                },
                "name": {
                    "default": null,
                    "help_text": "Human readable name of the drive",
                    "readonly": false,
                    "required": true,
                    "type": "string"
                },
                "owner": {
                    "default": null,
                    "help_text": "Owner of the drive",
                    "readonly": true,
                    "required": false,
                    "type": "related"
                },
                "resource_uri": {
                    "default": "No default provided.",
                    "help_text": "Unicode string data. Ex: \"Hello World\"",
                    "readonly": true,
                    "required": true,
                    "type": "string"
                },
                "runtime": {
                    "default": "No default provided.",
                    "fields": {
                        "is_snapshotable": {
                            "default": "No default provided.",
                            "help_text": "Specifies if the drive supports snapshotting",
                            "readonly": true,
                            "required": true,
                            "type": "boolean"
                        },
                        "snapshots_allocated_size": {
                            "default": "No default provided.",
                            "help_text": "Sum of the allocated size of this drive's snapshots",
                            "readonly": true,
                            "required": false,
                            "type": "integer"
                        },
                        "storage_type": {
                            "default": "No default provided.",
                            "help_text": "Underlying storage",
                            "readonly": true,
                            "required": true,
                            "type": "string"
                        }
                    },
                    "help_text": "Runtime information of the drive",
                    "readonly": true,
                    "required": false,
                    "type": "related"
                },
                "size": {
                    "default": null,
                    "help_text": "Size of the drive in bytes",
                    "readonly": false,
                    "required": true,
                    "type": "integer"
                },
                "snapshots": {
                    "default": "No default provided.",
                    "help_text": "Servers on which this drive is mounted on",
                    "readonly": true,
                    "required": false,
                    "type": "related"
                },
                "status": {
                    "default": "No default provided.",
                    "help_text": "Status of the drive.",
                    "readonly": true,
                    "required": true,
                    "type": "string"
                },
                "storage_type": {
                    "default": "No default provided.",
                    "help_text": "Underlying storage",
                    "readonly": true,
                    "required": true,
                    "type": "string"
                },
                "tags": {
                    "default": [],
                    "help_text": "Tags associated with this drive",
                    "readonly": false,
                    "required": false,
                    "type": "list"
                },
                "uuid": {
                    "default": null,
                    "help_text": "UUID of the drive",
                    "readonly": true,
                    "required": true,
                    "type": "string"
                }
            }
        }
        """;
}
