CREATE TABLE "Accounts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Accounts" PRIMARY KEY AUTOINCREMENT,
    "Handle" TEXT NOT NULL,
    "FullName" TEXT NOT NULL,
    "ApiKey" TEXT NOT NULL,
    "RatingEnabled" INTEGER NOT NULL,
    "Credits" INTEGER NOT NULL,
    "PrepaidAmount" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "CycleDay" INTEGER NOT NULL,
    "GrantedServers" INTEGER NOT NULL,
    "GrantedIps" INTEGER NOT NULL,
    "GrantedCores" REAL NOT NULL,
    "GrantedMemory" INTEGER NOT NULL,
    "GrantedDiskBytes" INTEGER NOT NULL,
    "GrantedBandwidth" REAL NOT NULL,
    "DateCreated" TEXT NOT NULL,
    "Provider" TEXT NOT NULL DEFAULT 'gandi',
    "Login" TEXT NULL,
    "PasswordHash" TEXT NULL
);


CREATE TABLE "Annotations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Annotations" PRIMARY KEY AUTOINCREMENT,
    "AccountId" INTEGER NOT NULL,
    "Dialect" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "ObjectId" INTEGER NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Json" TEXT NOT NULL,
    "DateUpdated" TEXT NOT NULL
);


CREATE TABLE "ControlSettings" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_ControlSettings" PRIMARY KEY,
    "Document" TEXT NOT NULL
);


CREATE TABLE "Datacenters" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Datacenters" PRIMARY KEY,
    "Iso" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Country" TEXT NOT NULL,
    "DcCode" TEXT NOT NULL,
    "IaasClosedFor" TEXT NOT NULL,
    "PaasClosedFor" TEXT NOT NULL,
    "DeactivateAt" TEXT NULL,
    "CanMigrateTo" TEXT NOT NULL
);


CREATE TABLE "DiskSettings" (
    "DiskId" INTEGER NOT NULL CONSTRAINT "PK_DiskSettings" PRIMARY KEY,
    "AccountId" INTEGER NOT NULL,
    "MountPoint" TEXT NULL,
    "AddToFstab" INTEGER NOT NULL,
    "IsSwap" INTEGER NOT NULL,
    "AutoBackup" INTEGER NOT NULL
);


CREATE TABLE "DiskUsage" (
    "AccountId" INTEGER NOT NULL,
    "ProfileKey" INTEGER NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    CONSTRAINT "PK_DiskUsage" PRIMARY KEY ("AccountId", "ProfileKey")
);


CREATE TABLE "Disks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Disks" PRIMARY KEY AUTOINCREMENT,
    "AccountId" INTEGER NULL,
    "DatacenterId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "Type" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "Visibility" TEXT NOT NULL,
    "SourceId" INTEGER NULL,
    "Label" TEXT NULL,
    "KernelVersion" TEXT NULL,
    "KernelCmdline" TEXT NOT NULL,
    "SnapshotProfileId" INTEGER NULL,
    "VmId" INTEGER NULL,
    "Position" INTEGER NULL,
    "IsBootDisk" INTEGER NOT NULL,
    "CanSnapshot" INTEGER NOT NULL,
    "IsMigrating" INTEGER NOT NULL,
    "EntityId" TEXT NOT NULL,
    "DateCreated" TEXT NOT NULL,
    "DateUpdated" TEXT NOT NULL
);


CREATE TABLE "Ifaces" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Ifaces" PRIMARY KEY AUTOINCREMENT,
    "EntityId" TEXT NOT NULL,
    "AccountId" INTEGER NOT NULL,
    "DatacenterId" INTEGER NOT NULL,
    "Type" TEXT NOT NULL,
    "Bandwidth" REAL NOT NULL,
    "VlanId" INTEGER NULL,
    "VmId" INTEGER NULL,
    "Num" INTEGER NULL,
    "State" TEXT NOT NULL,
    "DateCreated" TEXT NOT NULL,
    "DateUpdated" TEXT NOT NULL
);


CREATE TABLE "Images" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Images" PRIMARY KEY,
    "Label" TEXT NOT NULL,
    "OsArch" TEXT NOT NULL,
    "KernelVersion" TEXT NOT NULL,
    "DiskId" INTEGER NOT NULL,
    "DatacenterId" INTEGER NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "Visibility" TEXT NOT NULL,
    "AuthorId" INTEGER NOT NULL,
    "DateCreated" TEXT NULL,
    "DateUpdated" TEXT NOT NULL
);


CREATE TABLE "Ips" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Ips" PRIMARY KEY AUTOINCREMENT,
    "EntityId" TEXT NOT NULL,
    "AccountId" INTEGER NOT NULL,
    "DatacenterId" INTEGER NOT NULL,
    "IfaceId" INTEGER NULL,
    "Address" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Num" INTEGER NULL,
    "Reverse" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "DateCreated" TEXT NOT NULL,
    "DateUpdated" TEXT NOT NULL
);


CREATE TABLE "Kernels" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Kernels" PRIMARY KEY AUTOINCREMENT,
    "DatacenterId" INTEGER NOT NULL,
    "Flavor" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    "Position" INTEGER NOT NULL
);


CREATE TABLE "Operations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Operations" PRIMARY KEY AUTOINCREMENT,
    "AccountId" INTEGER NOT NULL,
    "Type" TEXT NOT NULL,
    "Step" TEXT NOT NULL,
    "DateCreated" TEXT NOT NULL,
    "DateUpdated" TEXT NOT NULL,
    "DateStart" TEXT NULL,
    "Eta" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "VmId" INTEGER NULL,
    "DiskId" INTEGER NULL,
    "IfaceId" INTEGER NULL,
    "IpId" INTEGER NULL,
    "Params" TEXT NOT NULL,
    "DueAt" TEXT NULL,
    "Released" INTEGER NOT NULL,
    "PollsLeft" INTEGER NULL,
    "InjectedError" TEXT NULL,
    "InstanceId" TEXT NULL
);


CREATE TABLE "Products" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Products" PRIMARY KEY AUTOINCREMENT,
    "AccountId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Quantity" INTEGER NOT NULL,
    "Duration" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "DateCreated" TEXT NOT NULL,
    "DateEnd" TEXT NOT NULL
);


CREATE TABLE "Sessions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Sessions" PRIMARY KEY,
    "AccountId" INTEGER NOT NULL,
    "DateCreated" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL
);


CREATE TABLE "SnapshotProfiles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SnapshotProfiles" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "KeptTotal" INTEGER NOT NULL,
    "QuotaFactor" REAL NOT NULL,
    "Schedules" TEXT NOT NULL
);


CREATE TABLE "SshKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SshKeys" PRIMARY KEY AUTOINCREMENT,
    "AccountId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "Fingerprint" TEXT NOT NULL,
    "DateCreated" TEXT NOT NULL
);


CREATE TABLE "Vlans" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Vlans" PRIMARY KEY AUTOINCREMENT,
    "AccountId" INTEGER NOT NULL,
    "DatacenterId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Subnet" TEXT NOT NULL,
    "Gateway" TEXT NULL,
    "State" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "DateCreated" TEXT NOT NULL,
    "DateUpdated" TEXT NOT NULL
);


CREATE TABLE "Vms" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Vms" PRIMARY KEY AUTOINCREMENT,
    "EntityId" TEXT NOT NULL,
    "AccountId" INTEGER NOT NULL,
    "DatacenterId" INTEGER NOT NULL,
    "Hostname" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Cores" INTEGER NOT NULL,
    "Memory" INTEGER NOT NULL,
    "VmMaxMemory" INTEGER NOT NULL,
    "State" TEXT NOT NULL,
    "Console" INTEGER NOT NULL,
    "AiActive" INTEGER NOT NULL,
    "FlexShares" INTEGER NOT NULL,
    "DateCreated" TEXT NOT NULL,
    "DateUpdated" TEXT NOT NULL
);


CREATE UNIQUE INDEX "IX_Accounts_ApiKey" ON "Accounts" ("ApiKey");


CREATE UNIQUE INDEX "IX_Accounts_Handle" ON "Accounts" ("Handle");


CREATE INDEX "IX_Accounts_Login" ON "Accounts" ("Login");


CREATE UNIQUE INDEX "IX_Annotations_AccountId_Dialect_Kind_ObjectId" ON "Annotations" ("AccountId", "Dialect", "Kind", "ObjectId");


CREATE INDEX "IX_Annotations_Dialect_EntityId" ON "Annotations" ("Dialect", "EntityId");


CREATE INDEX "IX_DiskSettings_AccountId" ON "DiskSettings" ("AccountId");


CREATE INDEX "IX_Disks_AccountId_DatacenterId" ON "Disks" ("AccountId", "DatacenterId");


CREATE INDEX "IX_Disks_AccountId_DateCreated" ON "Disks" ("AccountId", "DateCreated");


CREATE INDEX "IX_Disks_AccountId_Id" ON "Disks" ("AccountId", "Id");


CREATE INDEX "IX_Disks_AccountId_Name" ON "Disks" ("AccountId", "Name");


CREATE INDEX "IX_Disks_AccountId_State" ON "Disks" ("AccountId", "State");


CREATE INDEX "IX_Disks_AccountId_Type" ON "Disks" ("AccountId", "Type");


CREATE INDEX "IX_Disks_AccountId_VmId" ON "Disks" ("AccountId", "VmId");


CREATE INDEX "IX_Disks_SourceId" ON "Disks" ("SourceId");


CREATE INDEX "IX_Ifaces_AccountId_State" ON "Ifaces" ("AccountId", "State");


CREATE INDEX "IX_Ifaces_AccountId_VmId" ON "Ifaces" ("AccountId", "VmId");


CREATE INDEX "IX_Images_DatacenterId_Label" ON "Images" ("DatacenterId", "Label");


CREATE INDEX "IX_Ips_AccountId_IfaceId" ON "Ips" ("AccountId", "IfaceId");


CREATE UNIQUE INDEX "IX_Ips_DatacenterId_Address" ON "Ips" ("DatacenterId", "Address");


CREATE INDEX "IX_Kernels_DatacenterId_Flavor_Position" ON "Kernels" ("DatacenterId", "Flavor", "Position");


CREATE INDEX "IX_Operations_AccountId_DateCreated" ON "Operations" ("AccountId", "DateCreated");


CREATE INDEX "IX_Operations_AccountId_DiskId" ON "Operations" ("AccountId", "DiskId");


CREATE INDEX "IX_Operations_AccountId_Id" ON "Operations" ("AccountId", "Id");


CREATE INDEX "IX_Operations_AccountId_Step" ON "Operations" ("AccountId", "Step");


CREATE INDEX "IX_Operations_AccountId_Type" ON "Operations" ("AccountId", "Type");


CREATE INDEX "IX_Operations_AccountId_VmId" ON "Operations" ("AccountId", "VmId");


CREATE INDEX "IX_Operations_DueAt" ON "Operations" ("DueAt");


CREATE INDEX "IX_Products_AccountId" ON "Products" ("AccountId");


CREATE INDEX "IX_Sessions_AccountId" ON "Sessions" ("AccountId");


CREATE INDEX "IX_SshKeys_AccountId_Name" ON "SshKeys" ("AccountId", "Name");


CREATE UNIQUE INDEX "IX_Vlans_AccountId_Name" ON "Vlans" ("AccountId", "Name");


CREATE INDEX "IX_Vms_AccountId_DatacenterId" ON "Vms" ("AccountId", "DatacenterId");


CREATE INDEX "IX_Vms_AccountId_Hostname" ON "Vms" ("AccountId", "Hostname");


CREATE INDEX "IX_Vms_AccountId_State" ON "Vms" ("AccountId", "State");


