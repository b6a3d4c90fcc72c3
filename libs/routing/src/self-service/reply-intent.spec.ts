import { replyIntentOf, replyWords } from './reply-intent';

describe('what a self-service customer means by their reply', () => {
  it.each(['AGENT', 'agent please', 'I want to talk to a person', 'Human!', 'Un conseiller svp', 'Mitarbeiter bitte', 'Quiero hablar con un agente', 'no', 'No thanks', 'NON'])(
    'given "%s", then they want a person',
    (text) => expect(replyIntentOf(text)).toBe('agent'),
  );

  it.each(['YES', 'yes!', 'Yes, thank you very much', 'thanks', 'Oui merci', 'Ja, danke', 'Sí, gracias', '👍', 'merci beaucoup'])('given "%s", then the answer helped', (text) =>
    expect(replyIntentOf(text)).toBe('helped'),
  );

  it.each(['Where is my parcel?', 'yes but how do I return it?', 'Is my agent code still valid? It says expired since the update this morning', '', null])(
    'given "%s", then it is a new question',
    (text) => expect(replyIntentOf(text)).toBe('question'),
  );

  it('given an agent word with a yes, then the person wins', () => {
    expect(replyIntentOf('yes, agent')).toBe('agent');
  });

  it('given an email reply quoting our answer, then only its first line counts', () => {
    expect(replyIntentOf('\r\nYES\r\n\r\nOn Mon, Support wrote:\r\n> Reply AGENT to talk to a person')).toBe('helped');
    expect(replyWords('  Ça répond, MERCI.\n> quoted')).toEqual(['ca', 'repond', 'merci']);
  });
});
