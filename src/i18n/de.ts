import { sentence, type Catalog, type MessageFrom } from './catalog';

export const de: Catalog = {
  welcomeTitle: 'Hallo! Ich sage Besprechungen für dich ab.',
  welcomeBody:
    'Sag mir welche, zum Beispiel „sag mein Standup um 15 Uhr ab“, oder wähle sie aus deiner Liste. Abgesagt wird erst, wenn du bestätigst, und deine Teilnehmer bekommen deine Nachricht.',
  showMeetings: 'Meine Besprechungen',
  help: [
    'Ich zeige deine Besprechungen und sage sie ab. Probier:',
    '- „zeig meine Besprechungen“',
    '- „sag mein Standup um 15 Uhr ab“',
    '- „sag meine nächste Besprechung ab“',
    '- „streich das 1:1 mit Megan morgen“',
    '- „sag alle meine Besprechungen am Freitag ab“',
    '- „lehne das All Hands ab“',
    '- „abmelden“',
    '',
    'Abgesagt wird erst, wenn du auf der Karte bestätigst.',
  ].join('\n'),
  notUnderstood: 'Das habe ich leider nicht verstanden.',
  personalOnly:
    'Ich arbeite nur in unserem 1:1-Chat, damit niemand sonst deinen Kalender sieht. Öffne einen Chat mit mir, um Besprechungen abzusagen.',
  otherOrganization:
    'Ich arbeite nur für Konten der Organisation, für die ich eingerichtet bin, daher komme ich aus diesem Chat nicht an deinen Kalender.',

  listTitle: (span) => `Deine Besprechungen ${span}`,
  listEmpty: (span) => `Du hast ${span} keine Besprechungen.`,
  listEmptyAhead: (span) => `Du hast ${span} keine anstehenden Besprechungen mehr.`,
  begunNotListed: (count) =>
    count === 1
      ? '1 Besprechung, die schon begonnen hat, ist nicht aufgeführt.'
      : `${count} Besprechungen, die schon begonnen haben, sind nicht aufgeführt.`,
  recurring: 'Serie',
  movedFrom: (when) => `Verschoben vom ${when}`,
  youOrganize: 'Du organisierst sie',
  organizedBy: (name) => `Organisiert von ${name}`,
  cancel: 'Absagen',
  decline: 'Ablehnen',
  more: 'Mehr',
  pageOf: (page) => `Seite ${page}`,

  chooseTitle: 'Welche Besprechung meinst du?',
  chooseOnlyOneTitle: 'Meinst du diese Besprechung?',
  chooseOnlyOneNote:
    'Sie passt nur zum Teil zu dem, was du gesagt hast (warum, steht unten), und keine passt besser. Drück „Diese“, um weiterzumachen; noch ist nichts abgesagt.',
  thisOne: 'Diese',
  reason: (kind, detail, owner) =>
    ({
      time: `beginnt um ${detail}`,
      day: `am ${detail}`,
      title: `Titel passt zu „${detail}“`,
      titleLike: `kein „${detail}“ im Titel, aber dieselbe Art von Besprechung`,
      attendee: `mit ${detail}`,
      location: `Ort: ${detail}`,
      calendar: owner === 'person' ? `im Kalender von ${detail}` : `im Kalender „${detail}“`,
      position: detail,
    })[kind],
  position: (which) =>
    which === 'next' ? 'deine nächste Besprechung' : which === 'last' ? 'deine letzte Besprechung' : `Nr. ${which} in der Liste`,
  noMatch: (understood, others) =>
    sentence(`Ich habe keine Besprechung ${others ? '' : 'von dir '}${understood} gefunden`.replace(/\s+/g, ' ')),
  underWayNow: (time) =>
    `${time ? `Sie hat um ${time} begonnen` : 'Sie hat begonnen'} und läuft gerade: Die Teilnehmer sind vielleicht schon drin.`,
  nearest: 'Das sind die nächstgelegenen:',
  onOtherDays: (count) => (count === 1 ? 'Es gibt eine an einem anderen Tag:' : 'An anderen Tagen gibt es welche:'),

  confirmTitle: 'Diese Besprechung absagen?',
  confirmDeclineTitle: 'Diese Besprechung ablehnen?',
  confirmDeclineSeriesTitle: 'Die ganze Serie ablehnen?',
  declineScopeNote: (scope) =>
    scope === 'series'
      ? '„Die ganze Serie“ lehnt jeden Termin dieser Serie ab, nicht nur den unten; „Nur diese“ lehnt nur diesen ab.'
      : 'Abgelehnt wird nur dieser Termin; der Rest der Serie bleibt in deinem Kalender. Sag „die ganze Serie“, um alle abzulehnen.',
  attendees: (count) => (count === 1 ? '1 Teilnehmer' : `${count} Teilnehmer`),
  commentLabel: (max) => `Nachricht an die Teilnehmer (optional, bis zu ${max} Zeichen)`,
  declineCommentLabel: (max) => `Nachricht an den Organisator (optional, bis zu ${max} Zeichen)`,
  commentPlaceholder: 'Tut mir leid, mir ist etwas dazwischengekommen.',
  cancelMeeting: 'Besprechung absagen',
  keepIt: 'Behalten',
  seriesNote: 'Diese Besprechung gehört zu einer Serie.',
  changedMeanwhile:
    'Geändert, seit deine Karte erstellt wurde (Zeit, Name oder Organisator). Es wurde noch nichts gesendet: So ist es jetzt.',
  onlyThisOne: 'Nur diese',
  wholeSeries: 'Die ganze Serie',
  notOrganizerNote: (organizer) => `${organizer} organisiert diese Besprechung.`,
  organizesNotDecline: (owner) =>
    owner
      ? `${owner} organisiert diese Besprechung, daher kann sie in diesem Kalender nicht abgelehnt werden: Du kannst sie stattdessen für alle absagen. Es wurde noch nichts gesendet.`
      : 'Du organisierst diese Besprechung, daher kannst du sie nicht ablehnen: Du kannst sie stattdessen für alle absagen. Es wurde noch nichts gesendet.',
  exceptMatchedNothing: (what) =>
    `Du wolltest die Besprechung ${what.join(' und die Besprechung ')} auslassen, aber keine hier passt dazu, daher wurde dafür nichts ausgelassen: Wenn du bestätigst, wird jede Besprechung auf dieser Karte abgesagt.`,

  bulkTitle: (count) =>
    count === 0
      ? 'Keine dieser Besprechungen kannst du absagen.'
      : count === 1
        ? 'Diese Besprechung absagen?'
        : `Diese ${count} Besprechungen absagen?`,
  working: 'Wird erledigt … Diese Karte zeigt das Ergebnis, sobald es fertig ist.',
  bulkNotYours: 'Diese organisierst du nicht, daher kannst du sie nicht absagen. Du kannst sie stattdessen ablehnen:',
  cancelAll: (count) => (count === 1 ? 'Absagen' : count === 2 ? 'Beide absagen' : `Alle ${count} absagen`),

  cancelled: (subject, when) => `${subject}, ${when}, ist abgesagt.`,
  cancelledSeries: (subject) => `Die ganze Serie ${subject} ist abgesagt.`,
  attendeesToldWith: 'Die Teilnehmer haben diese Nachricht bekommen:',
  attendeesTold: 'Die Teilnehmer wurden benachrichtigt, ohne Nachricht von dir.',
  nobodyInvited: 'Außer dir war niemand eingeladen, also wurde niemand benachrichtigt.',
  nobodyToNotify: 'Außer dir ist niemand eingeladen, also wird niemand benachrichtigt.',
  declined: (subject, when) => `${subject}, ${when}, ist abgelehnt.`,
  declinedSeries: (subject) => `Die ganze Serie ${subject} ist abgelehnt.`,
  organizerToldWith: (organizer) => `${organizer} hat diese Nachricht bekommen:`,
  kept: (subject, action) => `${subject ?? 'Die Besprechung'} bleibt. Nichts wurde ${action === 'decline' ? 'abgelehnt' : 'abgesagt'}.`,
  replaced: (action) =>
    `Durch die Karte darunter ersetzt. Über diese Karte wurde nichts ${action === 'cancel' ? 'abgesagt' : 'abgelehnt'}.`,
  notOrganizer: (subject, when, organizer) =>
    `Du kannst ${subject} (${when}) nicht absagen: Das kann nur ${organizer}, der Organisator. Du kannst stattdessen ablehnen.`,
  graphSaid: 'Microsoft 365 meldet:',
  declineInstead: 'Stattdessen ablehnen',
  startedNothingSent: (subject) => `${subject} hatte schon begonnen, deshalb wurde nichts gesendet.`,
  endedNothingSent: (subject) => `${subject} ist schon vorbei, deshalb wurde nichts gesendet.`,
  gone: (subject) => `Microsoft 365 findet ${subject} nicht mehr im Kalender.`,
  goneCancelled: (subject) => `${subject} ist schon abgesagt.`,
  bulkLeftOut: (meetings) => `Nicht dabei: ${meetings.join(', ')}. Absagen kann eine Besprechung nur, wer sie organisiert.`,
  leftOutMeeting: (subject, organizer) => `${subject} (organisiert von ${organizer})`,
  bulkLeftOutSeveralDays: (meetings) =>
    `Nicht dabei: ${meetings.join('; ')}. ${meetings.length === 1 ? 'Sie geht' : 'Sie gehen'} über mehrere Tage, und ein einzelner Tag lässt sich nicht absagen: Wer ${meetings.length === 1 ? 'sie' : 'eine davon'} absagt, sagt alle Tage ab. Nenne ${meetings.length === 1 ? 'sie' : 'eine davon'}, um sie ganz abzusagen.`,
  leftOutSeveralDays: (subject, when) => `${subject} (${when})`,
  bulkNothingForTheDay: 'Für diesen Tag allein gibt es nichts abzusagen.',
  runsSeveralDays: (days, when, action) =>
    `Diese Besprechung geht über ${days} Tage (${when}). Einen einzelnen Tag davon kann man nicht ${action === 'cancel' ? 'absagen' : 'ablehnen'}: Das ${action === 'cancel' ? 'sagt' : 'lehnt'} ${days === 2 ? 'beide Tage' : `alle ${days} Tage`} ab.`,
  bulkLeftOutPersonal: (subjects) =>
    `Nicht dabei: ${subjects.join(', ')}. Niemand sonst ist eingeladen, also gibt es niemanden zu benachrichtigen; nenne ${subjects.length === 1 ? 'den Termin' : 'einen davon'}, um ihn hier abzusagen.`,
  bulkLeftOutYours: (subjects) =>
    subjects.length === 1
      ? `Nicht auf dieser Karte: ${subjects[0]}, das du selbst organisierst. Sag es einzeln ab, falls es nicht stattfinden soll.`
      : `Nicht auf dieser Karte: ${subjects.join(', ')}, die du selbst organisierst. Sag sie einzeln ab, falls sie nicht stattfinden sollen.`,
  noneCancelled: 'Nichts wurde abgesagt.',
  notCancelledBusy: (count) =>
    count === 1
      ? 'Microsoft 365 war zu ausgelastet, um diese abzusagen (ich habe nachgesehen: sie ist unverändert): Sie ist nicht abgesagt, und niemand wurde benachrichtigt. Drücke in einer Minute „Erneut versuchen“:'
      : `Microsoft 365 war zu ausgelastet, um diese ${count} abzusagen (ich habe nachgesehen: sie sind unverändert): Sie sind nicht abgesagt, und niemand wurde benachrichtigt. Drücke in einer Minute „Erneut versuchen“:`,
  notCancelledUnreachable: (count) =>
    count === 1
      ? 'Microsoft 365 hat diese nicht abgesagt (es war nicht erreichbar; ich habe nachgesehen: sie ist unverändert), und niemand wurde benachrichtigt. Drücke gleich „Erneut versuchen“:'
      : `Microsoft 365 hat diese ${count} nicht abgesagt (es war nicht erreichbar; ich habe nachgesehen: sie sind unverändert), und niemand wurde benachrichtigt. Drücke gleich „Erneut versuchen“:`,
  tryAgain: 'Erneut versuchen',
  goneCancelledHere: (subject, at) => `${subject} ist schon abgesagt: Du hast sie in diesem Chat${at ? ` am ${at}` : ''} abgesagt.`,
  cancelledMany: (count) => (count === 1 ? '1 Besprechung abgesagt:' : `${count} Besprechungen abgesagt:`),
  failedMany: (count) =>
    count === 1
      ? '1 konnte nicht abgesagt werden, ihre Teilnehmenden wurden also nicht benachrichtigt:'
      : `${count} konnten nicht abgesagt werden, ihre Teilnehmenden wurden also nicht benachrichtigt:`,
  refusedBecause: (why, graphMessage) =>
    why === 'refused'
      ? `Microsoft 365 sagt: „${graphMessage ?? ''}“`
      : why === 'conflict'
        ? 'Microsoft 365 hat abgelehnt: Sie wurde im selben Moment geändert. Du kannst sie einzeln noch einmal absagen.'
        : why === 'noAccess'
          ? 'Microsoft 365 sagt, dass du (nicht mehr) auf ihren Kalender zugreifen darfst.'
          : 'Microsoft 365 hat ohne Begründung abgelehnt.',
  throttled: 'Microsoft 365 ist gerade ausgelastet, es wurde nichts geändert. Drück den Knopf bitte in einer Minute noch einmal.',
  editConflict: (action) =>
    `Microsoft 365 hat es nicht ausgeführt, weil die Besprechung im selben Moment geändert wurde. Es wurde nichts ${action === 'cancel' ? 'abgesagt' : 'abgelehnt'}. Drück den Knopf bitte noch einmal.`,
  refused: (action, graphMessage) =>
    `Microsoft 365 hat das ${action === 'cancel' ? 'Absagen' : 'Ablehnen'} verweigert und sagt: „${graphMessage}“ Es wurde nichts ${action === 'cancel' ? 'abgesagt' : 'abgelehnt'}.`,
  readThrottled:
    'Microsoft 365 ist gerade ausgelastet, deshalb kann ich den Kalender nicht lesen. Versuch es bitte in einer Minute noch einmal.',
  readUnavailable: 'Ich konnte Microsoft 365 nicht erreichen, um den Kalender zu lesen. Versuch es bitte gleich noch einmal.',
  noMailbox:
    'Laut Microsoft 365 ist das Postfach dieses Kalenders nicht nutzbar: Es ist inaktiv, wird lokal (on-premises) betrieben oder hat keine Exchange-Online-Lizenz. Ich kann nur mit Kalendern in Exchange Online arbeiten; ein Admin kann die Lizenz prüfen.',
  unavailable: 'Ich konnte Microsoft 365 nicht erreichen, es wurde nichts geändert. Versuch es bitte gleich noch einmal.',
  storageUnavailable:
    'Ich komme gerade nicht an mein Gedächtnis. Versuch es bitte gleich noch einmal: Was du schon bestätigt hast, bleibt erhalten, und nichts passiert doppelt.',
  signInAgain: 'Bitte melde dich an, damit ich deinen Kalender erreiche.',
  signInButton: 'Anmelden',
  consentNeeded: 'Ich brauche deine Erlaubnis, deinen Kalender zu lesen und zu ändern. Bitte melde dich an und stimme zu.',
  consentShared: (owner) =>
    owner
      ? `Für den Kalender von ${owner} brauche ich deine Erlaubnis, mit dir geteilte Kalender zu verwenden. Bitte melde dich an und stimme zu.`
      : 'Für Kalender, die andere mit dir teilen, brauche ich deine Erlaubnis. Bitte melde dich an und stimme zu.',
  consentByAdmin: (calendar) =>
    calendar
      ? `Den Gruppenkalender ${calendar} muss die Administration deiner Organisation erst für diesen Bot freigeben.`
      : 'Gruppenkalender muss die Administration deiner Organisation erst für diesen Bot freigeben.',
  commentTooLong: (length, max) =>
    `Deine Nachricht hat ${length} Zeichen, erlaubt sind ${max}. Bitte kürze sie und drück den Knopf noch einmal.`,
  typedCommentTooLong: (length, max) =>
    `Deine Nachricht hat ${length} Zeichen, erlaubt sind ${max}. Es wurde nichts gesendet: Bitte schreib „ja, “ mit einer kürzeren Nachricht.`,
  staleCard: 'Diese Karte ist nicht mehr aktiv. Sag „zeig meine Besprechungen“ für eine neue Liste.',
  busy: 'Der letzte Klick auf diese Karte wird noch bearbeitet. Wenn sich die Karte in einer Minute nicht geändert hat, drück den Knopf noch einmal.',
  signedOut: 'Du bist abgemeldet. Beim nächsten Mal frage ich dich nach der Anmeldung.',
  nothingPending: 'Gerade wartet nichts auf ein Ja oder Nein. Sag „zeig meine Besprechungen“, um eine auszuwählen.',
  nothingPendingListOpen:
    'Gerade wartet nichts auf ein Ja oder Nein: Die Liste, die ich zuletzt gezeigt habe, ist noch offen. Wähle eine Besprechung mit ihrem Button (oder sag „die zweite“); abgesagt wird erst, wenn du bestätigst.',
  cardWaiting: (action, subject, count, series) => {
    const what =
      count > 1 ? `${count} Besprechungen` : series ? `die ganze Serie ${subject ?? ''}`.trim() : (subject ?? 'eine Besprechung');
    const verb = action === 'decline' ? 'abzulehnen' : 'abzusagen';
    const verbYes = action === 'decline' ? 'lehnt' : 'sagt';
    return `Die Karte, um ${what} ${verb}, wartet noch auf deine Antwort: „ja“ ${verbYes} sie ab, „nein“ behält sie (oder nimm ihre Schaltflächen).`;
  },
  cannotDo: (what) =>
    what === 'undo'
      ? 'Eine Absage oder Ablehnung kann ich nicht rückgängig machen: Microsoft 365 kennt keinen Weg zurück, und die Teilnehmer (oder der Organisator) wurden schon benachrichtigt. Wenn ihr euch doch trefft, schick eine neue Einladung aus Outlook oder Teams; eine abgelehnte Besprechung kannst du in Outlook über ihre Einladung wieder annehmen oder den Organisator fragen.'
      : 'Besprechungen verschieben kann ich nicht, nur absagen oder ablehnen. Zum Verschieben ändere die Zeit in Outlook oder Teams; oder sag „sag … ab“, dann sage ich sie ab, mit deiner Nachricht an die Teilnehmer.',
  firstStillWaits: (action, subject, count, series) => {
    const what =
      count > 1 ? `${count} Besprechungen` : series ? `die ganze Serie ${subject ?? ''}`.trim() : (subject ?? 'eine Besprechung');
    return `Hier ist auch dafür eine Karte. Die Karte oben, um ${what} ${action === 'decline' ? 'abzulehnen' : 'abzusagen'}, wartet noch: davon ist nichts ${action === 'decline' ? 'abgelehnt' : 'abgesagt'}, bis du sie dort beantwortest.`;
  },
  lastCardDone:
    'Die Karte, die ich zuletzt gezeigt habe, ist schon erledigt; dafür gibt es nichts mehr zu bestätigen oder zu behalten. Eine Karte weiter oben, die noch offen ist, funktioniert mit ihren eigenen Buttons.',
  keptNotOnCard:
    'Nichts wurde abgesagt: Die Besprechung, die bleiben soll, ist keine, die die Karte absagen würde, so wie ich es lese; die Karte wartet weiter. Drück ihren Button, um alle darauf abzusagen, oder sag noch einmal „sag alle meine Termine morgen ab außer …“.',
  keptUnnamed:
    'Nichts wurde abgesagt: Ich konnte nicht erkennen, welche Besprechung bleiben soll; die Karte wartet weiter. Sag, welche („ja, aber nicht das Standup“), drück ihren Button, um alle darauf abzusagen, oder sag „nein“, um alle zu behalten.',
  keptUnnamedOne:
    'Es wurde nichts gesendet: Diese Karte gilt einer einzigen Besprechung, und du hast Ja gesagt, aber auch, dass eine ausgelassen werden soll; die Karte wartet weiter. Sag „ja“, um fortzufahren, oder „nein“, um die Besprechung zu lassen, wie sie ist.',
  noMore: 'Das war die ganze Liste: Weitere Besprechungen stehen nicht darauf. Sag „zeig meine Besprechungen“, um neu anzufangen.',
  noSuchRow: (rows) => (rows === 1 ? 'Die Liste hat nur 1 Besprechung.' : `Die Liste hat nur ${rows} Besprechungen.`),
  allDay: 'ganztägig',
  noSubject: '(kein Betreff)',

  // Sign-in failures Teams reports itself (signin/failure).
  signInSetupBroken: (code) =>
    `Teams konnte dich nicht anmelden: Die Anmeldung dieser App ist in deiner Organisation falsch eingerichtet, ein neuer Versuch hilft also nicht. Sag bitte der Person Bescheid, die diesen Bot betreut (Teams meldet „${code}“).`,
  signInFailed: (code) =>
    `Teams konnte dich nicht anmelden (Teams meldet „${code}“). Versuch es bitte gleich noch einmal; wenn es wieder passiert, sag der Person Bescheid, die diesen Bot betreut.`,

  // Unconfirmed outcomes (issue 10)
  unconfirmed: (action, subject, when) =>
    action === 'cancel'
      ? `Ich konnte nicht bestätigen, ob ${subject} (${when}) abgesagt wurde: Microsoft 365 hat keine eindeutige Antwort gegeben. Ich prüfe es und aktualisiere diese Karte.`
      : `Ich konnte nicht bestätigen, ob du ${subject} (${when}) abgelehnt hast: Microsoft 365 hat keine eindeutige Antwort gegeben. Ich prüfe es und aktualisiere diese Karte.`,
  notDone: (action, subject) =>
    action === 'cancel'
      ? `Ich habe nachgesehen: ${subject} wurde nicht abgesagt, und niemand wurde benachrichtigt. Die Karte funktioniert wieder, falls du noch absagen möchtest.`
      : `Ich habe nachgesehen: Du hast ${subject} nicht abgelehnt, und der Organisator wurde nicht benachrichtigt. Die Karte funktioniert wieder, falls du noch ablehnen möchtest.`,
  unconfirmedMany: (count) =>
    count === 1
      ? 'Bei dieser Besprechung konnte ich nicht bestätigen, ob sie abgesagt wurde (Microsoft 365 hat keine eindeutige Antwort gegeben). Ich prüfe es und aktualisiere diese Karte:'
      : `Bei diesen ${count} Besprechungen konnte ich nicht bestätigen, ob sie abgesagt wurden (Microsoft 365 hat keine eindeutige Antwort gegeben). Ich prüfe es und aktualisiere diese Karte:`,
  turnFailed: 'Entschuldige, bei mir ist etwas schiefgegangen. Versuch es bitte gleich noch einmal.',
  clickFailed:
    'Entschuldige, bei mir ist etwas schiefgegangen; es wurde nichts abgesagt oder abgelehnt. Versuch es bitte gleich noch einmal.',
  clickOutcomeUnknown:
    'Entschuldige, bei mir ist etwas schiefgegangen, und ich kann nicht sagen, ob das geklappt hat. Sag „zeig meine Besprechungen“, um den Stand zu sehen.',

  spanUpcoming: (days) => `in den nächsten ${days} Tagen`,
  spanDay: (date) => `am ${date}`,
  spanDays: (first, last) => `vom ${first} bis ${last}`,
  timesIn: (zone) => `Zeitzone: ${zone}`,
  yesCancelsWithoutMessage: (count, recurring) =>
    `„Ja“ im Chat sagt ${count === 2 ? 'beide' : count > 1 ? `alle ${count}` : recurring === 'series' ? 'die ganze Serie' : recurring ? 'nur diese' : 'sie'} ohne Nachricht ab, solange dies meine letzte Frage ist; „ja, “ und deine Nachricht schickt sie mit.`,
  yesDeclinesWithoutMessage: (recurring) =>
    `„Ja“ im Chat lehnt ${recurring === 'series' ? 'die ganze Serie' : recurring ? 'nur diese' : 'sie'} ohne Nachricht ab, solange dies meine letzte Frage ist; „ja, “ und deine Nachricht schickt sie mit.`,
  yesCancelsWithYourMessage: (count, recurring, from) =>
    `„Ja“ im Chat sagt ${count === 2 ? 'beide' : count > 1 ? `alle ${count}` : recurring === 'series' ? 'die ganze Serie' : recurring ? 'nur diese' : 'sie'} mit ${messageFrom(from)} ab (Änderungen im Feld schickt nur die Schaltfläche); „ja, “ und eine andere Nachricht schickt stattdessen diese.`,
  yesDeclinesWithYourMessage: (from, recurring) =>
    `„Ja“ im Chat lehnt ${recurring === 'series' ? 'die ganze Serie' : recurring ? 'nur diese' : 'sie'} mit ${messageFrom(from)} ab (Änderungen im Feld schickt nur die Schaltfläche); „ja, “ und eine andere Nachricht schickt stattdessen diese.`,
  droppedSince: 'Nicht mehr auf dieser Karte:',
  droppedNotCancelled: 'Über diese Karte nicht abgesagt:',
  droppedWhy: (why) =>
    ({
      cancelled: 'inzwischen abgesagt',
      gone: 'nicht mehr im Kalender: inzwischen abgesagt oder gelöscht',
      begun: 'hat inzwischen begonnen oder ist vorbei',
    })[why],
  organizerToldNothing: (organizer) => `${organizer} wurde benachrichtigt, ohne Nachricht von dir.`,
  keptMany: (count) =>
    count === 1
      ? 'Die Besprechung bleibt. Nichts wurde abgesagt.'
      : count === 2
        ? 'Beide Besprechungen bleiben. Nichts wurde abgesagt.'
        : `Alle ${count} Besprechungen bleiben. Nichts wurde abgesagt.`,
  meetingAlreadyCancelled: (subject) => `${subject} ist schon abgesagt. Der Rest der Liste funktioniert weiter.`,
  meetingCancelledHere: (subject, at) =>
    `${subject} ist schon abgesagt: Du hast sie in diesem Chat${at ? ` am ${at}` : ''} abgesagt, daher wurde nichts mehr gesendet. Der Rest der Liste funktioniert weiter.`,
  meetingEnded: (subject) =>
    `${subject} ist schon vorbei, es gibt nichts mehr abzusagen oder abzulehnen. Der Rest der Liste funktioniert weiter.`,
  meetingNotFound:
    'Microsoft 365 findet diese Besprechung nicht mehr im Kalender, daher wurde nichts gesendet. Der Rest der Liste funktioniert weiter.',
  refusalWaiting: (subject, organizer) =>
    `Microsoft 365 hat die Absage von ${subject} abgelehnt: Das kann nur ${organizer}. Um stattdessen abzulehnen, drück „Stattdessen ablehnen“ auf der Karte.`,
  goneUnnamed: 'Das kann hier nicht mehr abgesagt oder abgelehnt werden.',
  commentLimit: (max) => `Deine Nachricht darf bis zu ${max} Zeichen lang sein. Bitte kürze sie.`,

  // Every calendar is "der Kalender": the phrases take an article where a sentence needs one.
  calendarName: (owner, name) =>
    owner === 'person' ? `Kalender von ${name}` : owner === 'group' ? `Gruppenkalender ${name}` : `Kalender „${name}“`,
  sharedCalendarName: (owner, name) => `Kalender „${name}“ von ${owner}`,
  listTitleIn: (calendar, span) => `Termine ${span} im ${calendar}`,
  listEmptyIn: (calendar, span) => `Keine Termine ${span} im ${calendar}.`,
  listEmptyAheadIn: (calendar, span) => `Keine anstehenden Termine mehr ${span} im ${calendar}.`,
  showCalendar: (calendar) => `${calendar} zeigen`,
  showMine: 'Meine Termine zeigen',
  delegateNote: (owner, many) =>
    `${many ? 'Das sind Besprechungen' : 'Das ist eine Besprechung'} von ${owner}: Du handelst als Stellvertretung, und die Teilnehmenden erhalten die Absage von ${owner}.`,
  delegateDeclineNote: (owner) =>
    `Das steht im Kalender von ${owner}: Du handelst als Stellvertretung, und die organisierende Person erhält die Absage von ${owner}.`,
  sharedNote: (calendar, many) =>
    `${many ? 'Diese Besprechungen stehen' : 'Diese Besprechung steht'} im ${calendar}, der mit dir geteilt ist.`,
  groupNote: (group, many) =>
    `${many ? 'Diese Besprechungen stehen' : 'Diese Besprechung steht'} im Gruppenkalender ${group}: Die Teilnehmenden erhalten die Absage.`,
  unreadableConsent: (calendar) => `Den ${calendar} kann ich noch nicht zeigen: Du hast mir den Zugriff noch nicht erlaubt.`,
  unreadableNeedsAdmin: (calendar) =>
    `Den ${calendar} kann ich nicht zeigen: Für Gruppenkalender muss zuerst deine Administration den Zugriff dieser App genehmigen.`,
  unreadableClosed: (calendar) => `Den ${calendar} kann ich nicht öffnen: Laut Microsoft 365 hast du keinen Zugriff (mehr).`,
  unreadableNoMailbox: (calendar) =>
    `Den ${calendar} kann ich nicht öffnen: Laut Microsoft 365 ist das Postfach inaktiv oder nicht in Exchange Online.`,
  unreadableDown: (calendar) => `Den ${calendar} konnte ich gerade nicht lesen (Microsoft 365 hat nicht geantwortet); er fehlt hier.`,
  noAccess:
    'Laut Microsoft 365 hast du keinen Zugriff (mehr) auf den Kalender dieser Besprechung, daher habe ich nichts gesendet. Die Person, der der Kalender gehört, kann ihn dir wieder geben.',
  noSuchCalendar: (named) => `Ich finde keinen Kalender für „${named}“, den du bearbeiten kannst; hier sind deine eigenen Termine.`,
};

function messageFrom(from: MessageFrom = 'request'): string {
  return from === 'earlierCard' ? 'der Nachricht deiner vorigen Karte' : 'der Nachricht aus deiner Anfrage';
}
