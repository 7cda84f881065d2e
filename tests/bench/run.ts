import { runExportBench } from './exportCost.ts';
import { runGateBench } from './gateCost.ts';

/** `pnpm bench`: every benchmark, printed as tables with their reference in the same run. */
const sections: (() => string[] | Promise<string[]>)[] = [runGateBench, runExportBench];
for (const section of sections) {
  console.log((await section()).join('\n'));
  console.log('');
}
