// The official OpenAI JavaScript SDK, unmodified but for its base URL and key, against MemoryAspire's /v1.
// Reads {baseUrl, apiUrl, token, seed, systemPrompt, question} as JSON on stdin; prints what it saw as JSON on stdout.
import OpenAI from 'openai';

const input = JSON.parse(await new Promise((resolve) => {
  let text = '';
  process.stdin.on('data', (chunk) => (text += chunk));
  process.stdin.on('end', () => resolve(text));
}));
const client = new OpenAI({ baseURL: input.baseUrl, apiKey: input.token, maxRetries: 0, timeout: 60_000 });
const model = 'gpt-4o';

// The memory jobs (fact extraction, compaction) run in MemoryWorker; the next turn should see their results.
async function waitForMemoryJobs(sessionId) {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    const response = await fetch(`${input.apiUrl}/api/v1/sessions/${sessionId}`, { headers: { authorization: `Bearer ${input.token}` } });
    if ((await response.json()).session.pendingJobs === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`memory jobs of ${sessionId} still pending after 60 s`);
}

async function failure(call) {
  try {
    await call();
    return { status: 200 };
  } catch (error) {
    return { status: error.status ?? null, type: error.type ?? null, code: error.code ?? null, param: error.param ?? null, message: error.message };
  }
}

const result = {};

// 1. The seed conversation, not streamed, in the session the first answer names (X-Memory-Session), strategy summary.
{
  const messages = [{ role: 'system', content: input.systemPrompt }];
  let session = null;
  const turns = [];
  for (const text of input.seed) {
    messages.push({ role: 'user', content: text });
    const headers = { 'X-Memory-Strategy': 'summary', ...(session ? { 'X-Memory-Session': session } : {}) };
    const { data: completion, response } = await client.chat.completions.create({ model, messages }, { headers }).withResponse();
    session ??= response.headers.get('x-memory-session');
    turns.push({
      id: completion.id, object: completion.object, reply: completion.choices[0].message.content, finish: completion.choices[0].finish_reason,
      usage: completion.usage, memorySession: completion.memory.sessionId, headerSession: response.headers.get('x-memory-session'),
      context: response.headers.get('x-memory-context'),
    });
    messages.push(completion.choices[0].message);
    await waitForMemoryJobs(session);
  }
  result.plain = { session, turns };
}

// 2. The same conversation streamed, in a session named by metadata.session_id, usage asked for.
{
  const messages = [{ role: 'system', content: input.systemPrompt }];
  const turns = [];
  let session = null;
  for (const text of input.seed) {
    messages.push({ role: 'user', content: text });
    const { data: stream, response } = await client.chat.completions
      .create({ model, messages, stream: true, stream_options: { include_usage: true }, metadata: { session_id: 'node-rag-project' } }, { headers: { 'X-Memory-Strategy': 'summary' } })
      .withResponse();
    session = response.headers.get('x-memory-session');
    let reply = '', usage = null, memory = null, finish = null, chunks = 0, ids = new Set();
    for await (const chunk of stream) {
      chunks++;
      ids.add(chunk.id);
      reply += chunk.choices[0]?.delta?.content ?? '';
      finish ??= chunk.choices[0]?.finish_reason ?? null;
      usage = chunk.usage ?? usage;
      memory = chunk.memory ?? memory;
    }
    turns.push({ reply, usage, finish, chunks, ids: [...ids], memorySession: memory?.sessionId ?? null, headerSession: session });
    messages.push({ role: 'assistant', content: reply });
    await waitForMemoryJobs(session);
  }
  result.streamed = { session, turns };
}

// 3. A new session, streamed: its prompt should hold the facts of the first two.
{
  const { data: stream, response } = await client.chat.completions
    .create({ model, messages: [{ role: 'system', content: input.systemPrompt }, { role: 'user', content: input.question }], stream: true })
    .withResponse();
  let reply = '', memory = null;
  for await (const chunk of stream) {
    reply += chunk.choices[0]?.delta?.content ?? '';
    memory = chunk.memory ?? memory;
  }
  result.fresh = { reply, session: response.headers.get('x-memory-session'), facts: memory?.context?.facts?.map((f) => `${f.key}=${f.value}`) ?? [] };
}

// 4. Errors as the SDK raises them.
const stranger = new OpenAI({ baseURL: input.baseUrl, apiKey: 'sk-not-a-memoryaspire-token', maxRetries: 0 });
result.errors = {
  unauthorized: await failure(() => stranger.chat.completions.create({ model, messages: [{ role: 'user', content: 'Hello' }] })),
  unknownModel: await failure(() => client.chat.completions.create({ model: 'gpt-imaginary', messages: [{ role: 'user', content: 'Hello' }] })),
  modelFails: await failure(() => client.chat.completions.create({ model, messages: [{ role: 'user', content: 'Node #fail' }] })),
  modelFailsStreamed: await failure(async () => {
    for await (const chunk of await client.chat.completions.create({ model, messages: [{ role: 'user', content: 'Node streamed #fail' }], stream: true })) {
      void chunk;
    }
  }),
};
result.models = (await client.models.list()).data.map((m) => m.id);

process.stdout.write(JSON.stringify(result));
