// The planner's view of a supergraph SDL (join__ directives), one sorted line per fact, comparable with our Supergraph:
//   type T: graphs                       (join__type)
//   key T graph "fields" [unresolvable]  (join__type key)
//   field T.f: graph[:external][:requires(..)][:provides(..)] | ...   (join__field; none = every graph of T;
//                                        a graph-less join__field = contributed by an @interfaceObject)
//   possible A graph: members            (join__unionMember, join__implements of object types)
import { Kind, parse, print } from "graphql";

const argument = (directive, name) => directive.arguments.find((a) => a.name.value === name)?.value;
const text = (value) => (value === undefined ? undefined : value.kind === Kind.STRING ? value.value : print(value));
const squash = (fieldSet) => fieldSet.replace(/\s+/g, " ").replace(/ ?([{}():,]) ?/g, "$1").trim();

export function joins(supergraphSdl) {
  const document = parse(supergraphSdl);
  const graphs = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === "join__Graph") {
      for (const value of definition.values) {
        graphs[value.name.value] = text(argument(value.directives.find((d) => d.name.value === "join__graph"), "name"));
      }
    }
  }

  const inaccessible = new Set(document.definitions
    .filter((d) => d.directives?.some((x) => x.name.value === "inaccessible"))
    .map((d) => d.name.value));
  const lines = [];
  const possible = {};
  const add = (abstract, graph, member) => inaccessible.has(abstract) || inaccessible.has(member)
    || (possible[`${abstract} ${graph}`] ??= new Set()).add(member);
  const composite = [Kind.OBJECT_TYPE_DEFINITION, Kind.INTERFACE_TYPE_DEFINITION, Kind.UNION_TYPE_DEFINITION];
  for (const definition of document.definitions) {
    const name = definition.name?.value;
    if (!composite.includes(definition.kind) || name.startsWith("join__") || name.startsWith("link__")) continue;
    if (definition.directives.some((d) => d.name.value === "inaccessible")) continue;
    const typeJoins = definition.directives.filter((d) => d.name.value === "join__type");
    const typeGraphs = [...new Set(typeJoins.map((d) => graphs[text(argument(d, "graph"))]))].sort();
    lines.push(`type ${name}: ${typeGraphs.join(",")}`);
    for (const join of typeJoins) {
      const key = text(argument(join, "key"));
      if (key !== undefined) {
        const resolvable = text(argument(join, "resolvable")) !== "false";
        lines.push(`key ${name} ${graphs[text(argument(join, "graph"))]} "${squash(key)}"${resolvable ? "" : " unresolvable"}`);
      }
    }
    for (const directive of definition.directives) {
      if (directive.name.value === "join__unionMember") add(name, graphs[text(argument(directive, "graph"))], text(argument(directive, "member")));
      if (directive.name.value === "join__implements" && definition.kind === Kind.OBJECT_TYPE_DEFINITION) add(text(argument(directive, "interface")), graphs[text(argument(directive, "graph"))], name);
    }
    for (const field of definition.fields ?? []) {
      const fieldJoins = field.directives.filter((d) => d.name.value === "join__field");
      const sources = fieldJoins.length === 0
        ? typeGraphs
        : fieldJoins.filter((d) => text(argument(d, "usedOverridden")) !== "true").map((d) => {
          const graph = argument(d, "graph") ? graphs[text(argument(d, "graph"))] : "<interface-object>";
          const requires = text(argument(d, "requires"));
          const provides = text(argument(d, "provides"));
          return graph + (text(argument(d, "external")) === "true" ? ":external" : "")
            + (requires !== undefined ? `:requires(${squash(requires)})` : "")
            + (provides !== undefined ? `:provides(${squash(provides)})` : "");
        });
      lines.push(`field ${name}.${field.name.value}: ${[...new Set(sources)].sort().join(" | ")}`);
    }
  }
  for (const [key, members] of Object.entries(possible)) lines.push(`possible ${key}: ${[...members].sort().join(",")}`);
  return lines.sort();
}
