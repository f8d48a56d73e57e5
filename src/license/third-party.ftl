<#-- THIRD-PARTY.txt: one line per bundled library, its licence(s), name, coordinates and home page -->
qqhi bundles the following libraries in lib/qqhi.jar. Each is used under the licence named here;
the notices that their authors ship are in META-INF/NOTICE inside the jar.

<#list dependencyMap as e>
<#assign project = e.getKey()/>
<#assign licenses = e.getValue()/>
- ${project.name!project.artifactId} (${project.groupId}:${project.artifactId}:${project.version}): <#list licenses as l>${l}<#sep>, </#sep></#list><#if project.url??> — ${project.url}</#if>
</#list>
