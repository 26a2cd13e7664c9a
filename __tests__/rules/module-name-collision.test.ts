import rule from "../../rules/module-name-collision.js";
import { ruleTester } from "../helpers/rule-tester.js";

const img = {};

ruleTester(rule, {
  valid: [
    { name: "distinct names", spec: { modules: { filter: img, "filter-2": img, "filter.v2": img } } },
    { name: "placeholder names are skipped", spec: { modules: { "${MODULE}": img, module: img } } },
    { name: "a clash with a system module is reserved-module-name's", spec: { modules: { Edge_Hub: img } } },
  ],
  invalid: [
    {
      name: "Foo_Bar and foobar collide: reported on foobar; Foo_Bar (not a valid label) is module-name's finding, which names the collision and renames it",
      spec: { modules: { Foo_Bar: img, foobar: img } },
      errors: [
        {
          at: '"foobar"',
          message: `module 'foobar': its Kubernetes name 'foobar' is also the Kubernetes name of module 'Foo_Bar' (the agent lowercases names and drops characters other than letters, digits, '-' and '.'), so the agent rejects the whole deployment; rename the modules so that they differ after that`,
          module: "foobar",
        },
      ],
      output: null,
    },
    {
      name: "three modules that differ only in case and '_'",
      spec: { modules: { Filter: img, filter: img, _filter_: img, other: img } },
      errors: [{ at: '"filter"', message: /of module 'Filter', '_filter_' \(/ }],
      output: null,
    },
  ],
});
