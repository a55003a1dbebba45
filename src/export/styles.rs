//! QGIS styles written from the maps' palette and symbols ([`crate::render::weapon_style`],
//! [`crate::render::ring_look`]), so a drone is the same orange triangle in QGIS as on the PNG.

use plotters::style::RGBAColor;

use crate::model::Weapon;
use crate::render::{RingKind, Shape, darker, ring_look, tint, weapon_style};

/// Map pixels (at 96 dpi) in millimetres, QGIS's print unit.
fn mm(px: f64) -> String {
    format!("{:.2}", px * 25.4 / 96.0)
}

fn qgis_color(c: RGBAColor) -> String {
    format!("{},{},{},{}", c.0, c.1, c.2, (c.3 * 255.0).round() as u8)
}

/// The QGIS marker name and rotation that draw `shape`.
fn marker(shape: Shape) -> (&'static str, u32) {
    match shape {
        Shape::Circle => ("circle", 0),
        Shape::Triangle => ("triangle", 0),
        Shape::TriangleDown => ("triangle", 180),
        Shape::Diamond => ("diamond", 0),
        Shape::Square => ("square", 0),
        Shape::Star => ("star", 0),
        Shape::Hexagon => ("hexagon", 0),
        Shape::Cross => ("cross_fill", 45),
    }
}

/// A QGIS expression giving the weapon's colour (of `f`) for each feature, by its `weapon` field.
fn color_by_weapon(f: impl Fn(RGBAColor) -> RGBAColor) -> String {
    let cases: String = Weapon::ALL
        .iter()
        .filter(|w| **w != Weapon::Unknown)
        .map(|w| format!(" WHEN \"weapon\" = '{}' THEN '{}'", w.as_str(), qgis_color(f(weapon_style(*w).color))))
        .collect();
    let other = qgis_color(f(weapon_style(Weapon::Unknown).color));
    xml_escape(&format!("CASE{cases} ELSE '{other}' END"))
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

fn data_defined(props: &[(&str, String)]) -> String {
    let items: String = props
        .iter()
        .map(|(name, expr)| {
            format!(
                "                <Option name=\"{name}\" type=\"Map\">\n                  <Option name=\"active\" type=\"bool\" value=\"true\"/>\n                  <Option name=\"expression\" type=\"QString\" value=\"{expr}\"/>\n                  <Option name=\"type\" type=\"int\" value=\"3\"/>\n                </Option>\n"
            )
        })
        .collect();
    format!(
        "          <data_defined_properties>\n            <Option type=\"Map\">\n              <Option name=\"name\" type=\"QString\" value=\"\"/>\n              <Option name=\"properties\" type=\"Map\">\n{items}              </Option>\n              <Option name=\"type\" type=\"QString\" value=\"collection\"/>\n            </Option>\n          </data_defined_properties>\n"
    )
}

const HEAD: &str = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n";

/// Incidents: one category per weapon, with the map's colour and shape, sized by killed + injured
/// as stated (an unknown toll draws the smallest symbol, as on the map).
pub fn incidents_qml() -> String {
    let size = xml_escape("2.5 + 0.4 * sqrt(coalesce(\"killed\", 0) + coalesce(\"injured\", 0))");
    let mut categories = String::new();
    let mut symbols = String::new();
    for (n, w) in Weapon::ALL.iter().enumerate() {
        let value = if *w == Weapon::Unknown { String::new() } else { w.as_str().to_string() };
        let label = if *w == Weapon::Ied { "IED".to_string() } else { w.as_str().to_string() };
        categories +=
            &format!("      <category symbol=\"{n}\" value=\"{value}\" label=\"{label}\" render=\"true\"/>\n");
        let st = weapon_style(*w);
        let (name, angle) = marker(st.shape);
        symbols += &format!(
            "      <symbol type=\"marker\" name=\"{n}\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">\n        <layer class=\"SimpleMarker\" enabled=\"1\" locked=\"0\" pass=\"0\">\n          <Option type=\"Map\">\n            <Option name=\"angle\" type=\"QString\" value=\"{angle}\"/>\n            <Option name=\"color\" type=\"QString\" value=\"{}\"/>\n            <Option name=\"name\" type=\"QString\" value=\"{name}\"/>\n            <Option name=\"outline_color\" type=\"QString\" value=\"255,255,255,255\"/>\n            <Option name=\"outline_width\" type=\"QString\" value=\"0.4\"/>\n            <Option name=\"size\" type=\"QString\" value=\"3\"/>\n            <Option name=\"size_unit\" type=\"QString\" value=\"MM\"/>\n          </Option>\n{}        </layer>\n      </symbol>\n",
            qgis_color(st.color),
            data_defined(&[("size", size.clone())])
        );
    }
    format!(
        "{HEAD}<qgis version=\"3.22.0\" styleCategories=\"Symbology|Labeling\">\n  <renderer-v2 type=\"categorizedSymbol\" attr=\"weapon\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">\n    <categories>\n{categories}    </categories>\n    <symbols>\n{symbols}    </symbols>\n  </renderer-v2>\n{INCIDENT_LABELS}  <layerGeometryType>0</layerGeometryType>\n</qgis>\n"
    )
}

const INCIDENT_LABELS: &str = r#"  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fieldName="trim(coalesce(&quot;place&quot;, &quot;place_text&quot;, '') || ' ' || coalesce(format_date(&quot;date&quot;, 'yyyy-MM-dd'), ''))" isExpression="1" fontSize="8" textColor="20,20,20,255" fontFamily="DejaVu Sans">
        <text-buffer bufferDraw="1" bufferSize="0.8" bufferColor="255,255,255,255" bufferSizeUnits="MM"/>
      </text-style>
      <placement placement="6" dist="1.5" distUnits="MM" priority="9"/>
      <rendering obstacle="1" displayAll="1"/>
    </settings>
  </labeling>
"#;

/// A line symbol layer with the map's dash pattern and width, coloured by `color` (an expression).
fn line_layer(kind: Option<RingKind>, color: &str) -> String {
    let (dash, width) = match kind {
        Some(k) => {
            let look = ring_look(k);
            (look.dash.iter().map(|d| mm(*d)).collect::<Vec<_>>().join(";"), mm(look.width))
        }
        None => (String::new(), mm(1.2)),
    };
    let custom = if dash.is_empty() { "0" } else { "1" };
    format!(
        "        <layer class=\"SimpleLine\" enabled=\"1\" locked=\"0\" pass=\"0\">\n          <Option type=\"Map\">\n            <Option name=\"customdash\" type=\"QString\" value=\"{dash}\"/>\n            <Option name=\"customdash_unit\" type=\"QString\" value=\"MM\"/>\n            <Option name=\"line_color\" type=\"QString\" value=\"30,30,30,255\"/>\n            <Option name=\"line_style\" type=\"QString\" value=\"{}\"/>\n            <Option name=\"line_width\" type=\"QString\" value=\"{width}\"/>\n            <Option name=\"line_width_unit\" type=\"QString\" value=\"MM\"/>\n            <Option name=\"use_custom_dash\" type=\"QString\" value=\"{custom}\"/>\n          </Option>\n{}        </layer>\n",
        if dash.is_empty() { "solid" } else { "dash" },
        if color.is_empty() { String::new() } else { data_defined(&[("outlineColor", color.to_string())]) }
    )
}

/// Range rings: the map's dash pattern for each kind, in the weapon's colour; a possible origin's
/// area tinted; a ring asked for around a place (`--ring-place`) solid and dark.
pub fn range_rings_qml() -> String {
    let kinds = [
        ("weapon_range_from_launch", "weapon range from launch site", Some(RingKind::Range)),
        ("possible_origin", "possible origin: range around target", Some(RingKind::PossibleOrigin)),
        ("place_ring", "ring around a place", None),
    ];
    let mut categories = String::new();
    let mut symbols = String::new();
    for (n, (value, label, kind)) in kinds.iter().enumerate() {
        categories +=
            &format!("      <category symbol=\"{n}\" value=\"{value}\" label=\"{label}\" render=\"true\"/>\n");
        let look = kind.map(ring_look);
        let line_color = match &look {
            Some(l) if l.darker => color_by_weapon(darker),
            Some(_) => color_by_weapon(|c| c),
            None => String::new(),
        };
        let fill = if look.is_some_and(|l| l.tint) {
            format!(
                "        <layer class=\"SimpleFill\" enabled=\"1\" locked=\"0\" pass=\"0\">\n          <Option type=\"Map\">\n            <Option name=\"color\" type=\"QString\" value=\"0,0,0,20\"/>\n            <Option name=\"outline_style\" type=\"QString\" value=\"no\"/>\n            <Option name=\"style\" type=\"QString\" value=\"solid\"/>\n          </Option>\n{}        </layer>\n",
                data_defined(&[("fillColor", color_by_weapon(tint))])
            )
        } else {
            String::new()
        };
        symbols += &format!(
            "      <symbol type=\"fill\" name=\"{n}\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">\n{fill}{}      </symbol>\n",
            line_layer(*kind, &line_color)
        );
    }
    format!(
        "{HEAD}<qgis version=\"3.22.0\" styleCategories=\"Symbology|Labeling\">\n  <renderer-v2 type=\"categorizedSymbol\" attr=\"ring_kind\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">\n    <categories>\n{categories}    </categories>\n    <symbols>\n{symbols}    </symbols>\n  </renderer-v2>\n  <labeling type=\"simple\">\n    <settings calloutType=\"simple\">\n      <text-style fieldName=\"&quot;radius_km&quot; || ' km'\" isExpression=\"1\" fontSize=\"7\" textColor=\"60,60,60,255\" fontFamily=\"DejaVu Sans\"/>\n      <placement placement=\"5\" dist=\"0\" distUnits=\"MM\"/>\n    </settings>\n  </labeling>\n  <layerGeometryType>2</layerGeometryType>\n</qgis>\n"
    )
}

/// Launch lines: an arrow to the target in the weapon's darker colour, as on the map.
pub fn launch_lines_qml() -> String {
    format!(
        "{HEAD}<qgis version=\"3.22.0\" styleCategories=\"Symbology\">\n  <renderer-v2 type=\"singleSymbol\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">\n    <symbols>\n      <symbol type=\"line\" name=\"0\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">\n        <layer class=\"ArrowLine\" enabled=\"1\" locked=\"0\" pass=\"0\">\n          <Option type=\"Map\">\n            <Option name=\"arrow_type\" type=\"QString\" value=\"0\"/>\n            <Option name=\"arrow_width\" type=\"QString\" value=\"0.45\"/>\n            <Option name=\"arrow_start_width\" type=\"QString\" value=\"0.45\"/>\n            <Option name=\"head_length\" type=\"QString\" value=\"2.5\"/>\n            <Option name=\"head_thickness\" type=\"QString\" value=\"1.2\"/>\n            <Option name=\"head_type\" type=\"QString\" value=\"0\"/>\n            <Option name=\"is_curved\" type=\"QString\" value=\"0\"/>\n            <Option name=\"is_repeated\" type=\"QString\" value=\"0\"/>\n          </Option>\n          <symbol type=\"fill\" name=\"@0@0\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">\n            <layer class=\"SimpleFill\" enabled=\"1\" locked=\"0\" pass=\"0\">\n              <Option type=\"Map\">\n                <Option name=\"color\" type=\"QString\" value=\"160,30,30,255\"/>\n                <Option name=\"outline_style\" type=\"QString\" value=\"no\"/>\n                <Option name=\"style\" type=\"QString\" value=\"solid\"/>\n              </Option>\n{}            </layer>\n          </symbol>\n        </layer>\n      </symbol>\n    </symbols>\n  </renderer-v2>\n  <layerGeometryType>1</layerGeometryType>\n</qgis>\n",
        data_defined(&[("fillColor", color_by_weapon(darker))])
    )
}
