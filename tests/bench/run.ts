import { runGateBench } from './gateCost.ts';

/** `pnpm bench`: every benchmark, printed as tables with their reference in the same run. */
const sections = [runGateBench];
for (const section of sections) {
  console.log(section().join('\n'));
  console.log('');
}
