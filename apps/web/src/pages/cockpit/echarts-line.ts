import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use as register } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the trend draws: a line chart on a grid, its tooltip and legend, on a canvas; core by named imports, so
// that the rest of ECharts is not bundled. Imported dynamically by TrendChart, so ECharts is in a chunk of its own
// that only the cockpit loads.
register([LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export { init };
