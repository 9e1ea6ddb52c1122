// The demo's district boundaries: a SCHEMATIC of Wuhan's thirteen districts, not a survey. No
// maintained npm package ships Wuhan's district outlines, and the official ones (the national
// 1:1 000 000 base map, 天地图) may not be redistributed as a file here; so each district is drawn as
// a simple polygon in its rough place (north bank, south bank, the outer ring), its name and code
// as the organisation tree has them. A city loads its real boundaries on the dashboard (上传区界).
import type { BoundaryCollection, BoundaryFeature } from '@hongtu/domain';

export const SCHEMATIC_NAME = '武汉市各区示意区界（简化多边形，非测绘边界）';
export const SCHEMATIC_SOURCE = '宏图演示数据：按各区大致方位手绘的示意多边形，仅用于演示地图功能，不代表实际行政区划界线';

type Ring = [number, number][];
const box = (west: number, south: number, east: number, north: number): Ring => [[west, south], [east, south], [east, north], [west, north], [west, south]];
const feature = (code: string, name: string, ring: Ring): BoundaryFeature => ({ type: 'Feature', properties: { code, name }, geometry: { type: 'Polygon', coordinates: [ring] } });

export const WUHAN_SCHEMATIC: BoundaryCollection = {
  type: 'FeatureCollection',
  features: [
    feature('420102', '江岸区', box(114.29, 30.56, 114.36, 30.66)),
    feature('420103', '江汉区', box(114.25, 30.56, 114.29, 30.62)),
    feature('420104', '硚口区', box(114.20, 30.56, 114.25, 30.62)),
    feature('420105', '汉阳区', box(114.10, 30.48, 114.25, 30.56)),
    feature('420106', '武昌区', box(114.25, 30.48, 114.36, 30.56)),
    feature('420107', '青山区', box(114.36, 30.56, 114.48, 30.66)),
    feature('420111', '洪山区', box(114.36, 30.42, 114.55, 30.56)),
    feature('420112', '东西湖区', box(114.00, 30.60, 114.20, 30.75)),
    feature('420113', '汉南区', box(113.85, 30.20, 114.10, 30.40)),
    feature('420114', '蔡甸区', box(113.85, 30.40, 114.10, 30.60)),
    feature('420115', '江夏区', [[114.10, 30.15], [114.55, 30.15], [114.55, 30.42], [114.36, 30.42], [114.36, 30.48], [114.10, 30.48], [114.10, 30.15]]),
    feature('420116', '黄陂区', box(114.20, 30.66, 114.55, 31.20)),
    feature('420117', '新洲区', box(114.55, 30.50, 115.05, 31.10)),
  ],
};

/** Where the demo year's synthetic projects stand (inside their districts' schematic outlines), and the leader who contacts them (包联). */
export const DEMO_LOCATIONS: Readonly<Record<string, { longitude: number; latitude: number; contactLeader?: string }>> = {
  武昌滨江商务区数字产业园: { longitude: 114.318, latitude: 30.545, contactLeader: '市领导' },
  中南路智慧医疗综合体: { longitude: 114.334, latitude: 30.532 },
  积玉桥城市更新配套道路: { longitude: 114.305, latitude: 30.551 },
  二七滨江总部基地: { longitude: 114.332, latitude: 30.628, contactLeader: '市领导' },
};
