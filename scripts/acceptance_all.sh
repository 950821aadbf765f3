#!/usr/bin/env bash
# Runs every simulated-shopper set in tests/acceptance against `mostrador serve` with the
# shared harness (../shared/harness, installed in $HARNESS_VENV) and prints one line per set.
#   HARNESS_VENV=$HOME/harness-venv bash scripts/acceptance_all.sh [goals-file-glob]
# Each goals file runs on the shop its name points at: goals_es* on catalog_es.csv and
# settings_es.json, goals_ar* on the fashion shop, goals_co* on the drugstore (catalog_other),
# goals_{ferreteria,electro,mascotas}*, goals_{minisuper,botica,deportes}* and
# goals_{verduleria,bebidas,comidas}*, goals_{abarrotes,hogar,perfumeria}*,
# goals_{libreria,naturista,bebes}*, goals_{carniceria,flores,bicis}*,
# goals_{gamer,panaderia,latina}*, goals_{tienda,farmacia,moda}*,
# goals_{mayorista,animales,regalos}*, goals_{zapateria,pizzeria,celulares}*,
# goals_{repuestos,cafeteria,dulceria}*, goals_{jugueteria,vivero,vinoteca}*,
# goals_{heladeria,electrodomesticos,papeleria}*, goals_{mercado,tecnologia,mariscos}*,
# goals_{licoreria,ferreteria2,cosmetica}*, goals_{panaderia2,deportes2,jardin}* on their own
# shops (batches 11 to 27; a specific name comes before the region prefix it starts with,
# and a "2" shop before the shop whose name it extends);
# goals.yaml, goals_understanding.yaml and goals_mx* on the demo shop.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
HARNESS="${HARNESS:-$ROOT/../shared/harness}"
PY="${HARNESS_VENV:-$HOME/harness-venv}/bin/python"
SERVE="$ROOT/.venv/bin/mostrador serve --port {port}"
OUT="${OUT:-/tmp/mostrador-acceptance}"
mkdir -p "$OUT"
A="$ROOT/tests/acceptance"

shop_for() {
  case "$(basename "$1")" in
    goals_es*) echo "$A/catalog_es.csv $A/settings_es.json" ;;
    goals_cl*) echo "$A/catalog_cl.csv $A/settings_cl.json" ;;
    goals_perfumeria*) echo "$A/catalog_perfumeria.csv $A/settings_perfumeria.json" ;;
    goals_pe*) echo "$A/catalog_pe.csv $A/settings_pe.json" ;;
    goals_us*) echo "$A/catalog_us.csv $A/settings_us.json" ;;
    goals_ar*|goals_fashion*) echo "$A/catalog_fashion.csv $A/settings_fashion.json" ;;
    goals_comidas*) echo "$A/catalog_comidas.csv $A/settings_comidas.json" ;;
    goals_carniceria*) echo "$A/catalog_carniceria.csv $A/settings_carniceria.json" ;;
    goals_cosmetica*) echo "$A/catalog_cosmetica.csv $A/settings_cosmetica.json" ;;
    goals_co*|goals_other*) echo "$A/catalog_other.csv $A/settings_other.json" ;;
    goals_ferreteria2*) echo "$A/catalog_ferreteria2.csv $A/settings_ferreteria2.json" ;;
    goals_ferreteria*) echo "$A/catalog_ferreteria.csv $A/settings_ferreteria.json" ;;
    goals_electrodomesticos*) echo "$A/catalog_electrodomesticos.csv $A/settings_electrodomesticos.json" ;;
    goals_electro*) echo "$A/catalog_electro.csv $A/settings_electro.json" ;;
    goals_mascotas*) echo "$A/catalog_mascotas.csv $A/settings_mascotas.json" ;;
    goals_minisuper*) echo "$A/catalog_minisuper.csv $A/settings_minisuper.json" ;;
    goals_botica*) echo "$A/catalog_botica.csv $A/settings_botica.json" ;;
    goals_deportes2*) echo "$A/catalog_deportes2.csv $A/settings_deportes2.json" ;;
    goals_deportes*) echo "$A/catalog_deportes.csv $A/settings_deportes.json" ;;
    goals_verduleria*) echo "$A/catalog_verduleria.csv $A/settings_verduleria.json" ;;
    goals_bebidas*) echo "$A/catalog_bebidas.csv $A/settings_bebidas.json" ;;
    goals_abarrotes*) echo "$A/catalog_abarrotes.csv $A/settings_abarrotes.json" ;;
    goals_hogar*) echo "$A/catalog_hogar.csv $A/settings_hogar.json" ;;
    goals_libreria*) echo "$A/catalog_libreria.csv $A/settings_libreria.json" ;;
    goals_naturista*) echo "$A/catalog_naturista.csv $A/settings_naturista.json" ;;
    goals_bebes*) echo "$A/catalog_bebes.csv $A/settings_bebes.json" ;;
    goals_flores*) echo "$A/catalog_flores.csv $A/settings_flores.json" ;;
    goals_bicis*) echo "$A/catalog_bicis.csv $A/settings_bicis.json" ;;
    goals_gamer*) echo "$A/catalog_gamer.csv $A/settings_gamer.json" ;;
    goals_panaderia2*) echo "$A/catalog_panaderia2.csv $A/settings_panaderia2.json" ;;
    goals_panaderia*) echo "$A/catalog_panaderia.csv $A/settings_panaderia.json" ;;
    goals_latina*) echo "$A/catalog_latina.csv $A/settings_latina.json" ;;
    goals_tienda*) echo "$A/catalog_tienda.csv $A/settings_tienda.json" ;;
    goals_farmacia*) echo "$A/catalog_farmacia.csv $A/settings_farmacia.json" ;;
    goals_moda*) echo "$A/catalog_moda.csv $A/settings_moda.json" ;;
    goals_mayorista*) echo "$A/catalog_mayorista.csv $A/settings_mayorista.json" ;;
    goals_animales*) echo "$A/catalog_animales.csv $A/settings_animales.json" ;;
    goals_regalos*) echo "$A/catalog_regalos.csv $A/settings_regalos.json" ;;
    goals_zapateria*) echo "$A/catalog_zapateria.csv $A/settings_zapateria.json" ;;
    goals_pizzeria*) echo "$A/catalog_pizzeria.csv $A/settings_pizzeria.json" ;;
    goals_celulares*) echo "$A/catalog_celulares.csv $A/settings_celulares.json" ;;
    goals_repuestos*) echo "$A/catalog_repuestos.csv $A/settings_repuestos.json" ;;
    goals_cafeteria*) echo "$A/catalog_cafeteria.csv $A/settings_cafeteria.json" ;;
    goals_dulceria*) echo "$A/catalog_dulceria.csv $A/settings_dulceria.json" ;;
    goals_jugueteria*) echo "$A/catalog_jugueteria.csv $A/settings_jugueteria.json" ;;
    goals_vivero*) echo "$A/catalog_vivero.csv $A/settings_vivero.json" ;;
    goals_vinoteca*) echo "$A/catalog_vinoteca.csv $A/settings_vinoteca.json" ;;
    goals_heladeria*) echo "$A/catalog_heladeria.csv $A/settings_heladeria.json" ;;
    goals_papeleria*) echo "$A/catalog_papeleria.csv $A/settings_papeleria.json" ;;
    goals_mercado*) echo "$A/catalog_mercado.csv $A/settings_mercado.json" ;;
    goals_tecnologia*) echo "$A/catalog_tecnologia.csv $A/settings_tecnologia.json" ;;
    goals_mariscos*) echo "$A/catalog_mariscos.csv $A/settings_mariscos.json" ;;
    goals_licoreria*) echo "$A/catalog_licoreria.csv $A/settings_licoreria.json" ;;
    goals_jardin*) echo "$A/catalog_jardin.csv $A/settings_jardin.json" ;;
    *) echo "$ROOT/src/mostrador/demo/catalog.csv $A/settings.json" ;;
  esac
}

total_pass=0; total_fail=0
for goals in $A/${1:-goals*.yaml}; do
  read -r catalog settings <<<"$(shop_for "$goals")"
  name=$(basename "$goals" .yaml)
  (cd "$HARNESS" && "$PY" run_acceptance.py --server-cmd "$SERVE" --catalog "$catalog" \
      --goals "$goals" --settings "$settings" --json "$OUT/$name.json" --verbose) \
      >"$OUT/$name.log" 2>&1
  result=$(grep -E "^acceptance:" "$OUT/$name.log" || echo "acceptance: did not finish")
  median=$(grep -E "median turns" "$OUT/$name.log" | head -1)
  passed=$(sed -nE 's/.*acceptance: ([0-9]+) passed.*/\1/p' <<<"$result"); passed=${passed:-0}
  failed=$(sed -nE 's/.* ([0-9]+) failed.*/\1/p' <<<"$result"); failed=${failed:-0}
  total_pass=$((total_pass + passed)); total_fail=$((total_fail + failed))
  printf '%-28s %s | %s\n' "$name" "$result" "$median"
  grep -E " FAIL " "$OUT/$name.log" | sed 's/^/    /'
done
echo "all sets: $total_pass passed, $total_fail failed (logs and transcripts in $OUT)"
"$PY" "$ROOT/scripts/acceptance_summary.py" "$OUT"
