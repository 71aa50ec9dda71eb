// Times one ONNX model in ONNX Runtime (onnxruntime-node), one intra-op thread, all graph
// optimisations. Usage: node ort_time.js MODEL.onnx INPUT.f32 ITERATIONS [--print]
// INPUT.f32: raw float32 little-endian (1, 1, 96, 1366). Prints the median milliseconds per
// clip (and, with --print, the 50 outputs as JSON on a second line).
const fs = require('fs');
const ort = require('onnxruntime-node');

async function main() {
    const [model, inputPath, iterationArg, flag] = process.argv.slice(2);
    const session = await ort.InferenceSession.create(model, {
        intraOpNumThreads: 1,
        interOpNumThreads: 1,
        executionMode: 'sequential',
        graphOptimizationLevel: 'all',
    });
    const raw = fs.readFileSync(inputPath);
    const data = new Float32Array(raw.buffer, raw.byteOffset, raw.length / 4);
    const feeds = {[session.inputNames[0]]: new ort.Tensor('float32', data, [1, 1, 96, 1366])};
    let output;
    for (let i = 0; i < 5; ++i) output = await session.run(feeds);
    const times = [];
    for (let i = 0; i < Number(iterationArg); ++i) {
        const start = process.hrtime.bigint();
        output = await session.run(feeds);
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    console.log(times[Math.floor(times.length / 2)].toFixed(3));
    if (flag === '--print') console.log(JSON.stringify(Array.from(output[session.outputNames[0]].data)));
}
main().catch((e) => { console.error(e.message); process.exit(1); });
