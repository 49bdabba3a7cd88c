import { describe, it, expect } from 'vitest'
import { defaultCallScript as script } from './default-script'
import { longLines, LINE_WORDS_MAX, spokenWords } from './line-length'
import { extractFields } from './merge-fields'
import { DEFAULT_SCRIPT_ID } from './schema'
import { validateScript } from './validate'

const byId = (id: string) => {
  const node = script.nodes.find((n) => n.id === id)
  if (!node) throw new Error(`missing ${id}`)
  return node
}
const repliesOf = (id: string) => script.edges.filter((e) => e.from === id)
const target = (from: string, label: string) => {
  const edge = repliesOf(from).find((e) => e.label === label)
  if (!edge) throw new Error(`no reply “${label}” from ${from}`)
  return byId(edge.to)
}

describe('default call script', () => {
  it('validates with no problems', () => {
    expect(validateScript(script)).toEqual([])
  })

  it(`keeps every line under about ${LINE_WORDS_MAX} spoken words`, () => {
    expect(longLines(script)).toEqual([])
    for (const node of script.nodes) expect(spokenWords(node.line), node.id).toBeGreaterThan(5)
  })

  it('is marked built in and starts with who picks up', () => {
    expect(script.builtIn).toBe(true)
    expect(script.id).toBe(DEFAULT_SCRIPT_ID)
    expect(byId(script.startNodeId).kind).toBe('dial')
    expect(repliesOf('dial').map((e) => [e.label, byId(e.to).kind])).toEqual([
      ['The interviewer answers', 'opening'],
      ['Their voicemail', 'voicemail'],
      ['Someone else answers', 'question'],
    ])
  })

  it('asks someone else for the person, when to call back, or leaves a message with them', () => {
    const gatekeeper = target('dial', 'Someone else answers')
    expect(extractFields(gatekeeper.line)).toEqual(
      expect.arrayContaining(['yourName', 'interviewerFirstName', 'role']),
    )
    expect(target(gatekeeper.id, 'They put you through').kind).toBe('opening')
    const callback = target(gatekeeper.id, 'Not available')
    expect(callback.line).toMatch(/good time/)
    expect(target(callback.id, 'Suggests a time').kind).toBe('close')
    const message = target(callback.id, 'Takes a message')
    expect(message.kind).toBe('voicemail')
    expect(extractFields(message.line)).toEqual(expect.arrayContaining(['yourName', 'yourPhone']))
  })

  it('opens with name, who you are, the interview day, the role and the question', () => {
    const fields = extractFields(byId('opening').line)
    expect(fields).toEqual(
      expect.arrayContaining(['interviewerFirstName', 'yourName', 'interviewDay', 'role']),
    )
    expect(byId('opening').line).toMatch(/decision/)
  })

  it('leaves a voicemail with how to reach you, twice, and a promised email', () => {
    const line = byId('voicemail').line
    for (const field of ['yourName', 'role', 'interviewDay', 'yourPhone']) {
      expect(line).toContain(`{{${field}}}`)
    }
    expect(line.match(/\{\{yourPhone\}\}/g)).toHaveLength(2)
    expect(line).toMatch(/email/)
  })

  it('answers each concern from its own answer step, with the user’s own prepared answer', () => {
    const concerns = script.edges.filter((e) => e.label.startsWith('Concern:'))
    expect(concerns).toHaveLength(3)
    const prepared = concerns.map((edge) => {
      const answer = byId(edge.to)
      expect(answer.kind).toBe('answer')
      expect(answer.concern).toBeTruthy()
      return extractFields(answer.line)
    })
    expect(prepared).toEqual([
      expect.arrayContaining(['industryChange']),
      expect.arrayContaining(['skillInProgress']),
      expect.arrayContaining(['salaryRange']),
    ])
  })

  it('never puts a story, a course or a concession in the user’s mouth', () => {
    const answers = script.nodes.filter((n) => n.kind === 'answer').map((n) => n.line)
    for (const line of answers) {
      expect(line).not.toMatch(/\d|course|retail|logistics|healthcare|flexible/i)
    }
  })

  it('closes without a date differently from with one, and never reads out your details', () => {
    const withDate = target('ask-timeline', 'Gives a date')
    const without = target('ask-timeline', 'No date yet')
    expect(withDate.id).not.toBe(without.id)
    expect(without.line).not.toMatch(/helpful/i)
    for (const close of [withDate, without]) {
      expect(extractFields(close.line)).not.toContain('yourPhone')
      expect(extractFields(close.line)).not.toContain('yourEmail')
    }
  })

  it('asks politely for feedback after they went another direction, and stays gracious', () => {
    const news = target('opening', 'Went another direction')
    expect(news.donts.join(' ')).toMatch(/your loss/i)
    const feedback = target(news.id, 'They thank you')
    expect(feedback.line).toMatch(/feedback/)
    expect(feedback.line).toMatch(/\?/)
    for (const reply of repliesOf(feedback.id)) expect(byId(reply.to).kind).toBe('close')
  })

  it('recaps an offer and a next round in concrete words', () => {
    const offer = target(target('opening', 'They make an offer').id, 'Explains next steps')
    expect(offer.line).toMatch(/offer letter.*Friday/)
    const round = target(target('opening', 'A next round').id, 'Offers a time')
    expect(round.line).toMatch(/Tuesday at two/)
  })

  it('gives every step DON’T examples and a coaching tip, and every reply an employer line', () => {
    for (const node of script.nodes) {
      expect(node.donts.length, node.id).toBeGreaterThan(0)
      expect(node.coaching, node.id).toBeTruthy()
    }
    for (const edge of script.edges) expect(edge.employerLine, edge.id).toBeTruthy()
  })
})
