/**
 * Cue groups: what a sentence says, whatever the wording or language. Each group is a list of
 * patterns over folded text (lower case, accents removed, straight apostrophes), in English,
 * German, French, Spanish, Dutch, Portuguese, Italian, Swedish, Danish, Norwegian, Polish, and
 * many more languages for the commonest answers. The classifier counts the sentences
 * each group matches; the learned weights decide what the counts mean together.
 */

const any = (...patterns: RegExp[]) => patterns;

/**
 * A pattern in Japanese or Chinese, written as people write it. Folded text is decomposed (NFD),
 * which splits a kana's voicing mark from it (だ → た + ◌゙), so the pattern is decomposed the same
 * way. These scripts put no spaces between words, so there is no `\b` to anchor on.
 */
const cjk = (source: string) => new RegExp(source.normalize('NFD'));

export const CUE_GROUPS = {
  /** A decision against the candidate, said outright. */
  rejection: any(
    /\bnot (?:to )?(?:be )?(?:moving|move|going|proceed(?:ing)?|progress(?:ing)?|advanc(?:e|ing)|tak(?:e|ing)|continu(?:e|ing))(?: forward| ahead| further)? (?:with|any further with) (?:your|you|the application)/,
    /\b(?:decided|chosen|elected|opted|decision) (?:not )?to (?:move|proceed|go|pursue|continue|progress|focus|prioriti[sz]e)(?: forward| ahead)?(?: with| on)? (?:other|another|a different|different|more|the other|candidates|applicants|someone|a candidate|an? (?:internal|external))/,
    /\b(?:pursue|pursuing|proceed(?:ing)? with|mov(?:e|ing) forward with|progress(?:ing)? with|go(?:ing)? with|continu(?:e|ing) with|focus(?:ing)? on|offer(?:ed)? the (?:role|position|job) to) (?:other|another|a different|different|more suitable|the other|candidates who|applicants who|someone (?:else|whose|who)|a candidate (?:whose|who|with)|an? (?:internal|external) candidate)/,
    /\b(?:unable|not able|won't be able|will not be able) to (?:offer you|move (?:you )?forward|proceed|progress|take (?:your|you)|invite you|consider you)/,
    /\b(?:position|role|vacancy|job|opening|post) (?:has|have|had) (?:now |already |since )?been (?:filled|closed|cancell?ed|withdrawn)/,
    /\bfilled the (?:position|role|vacancy)/,
    /\bnot (?:been |be )?(?:selected|shortlisted|successful|chosen|progressed)\b/,
    /\b(?:was|were|has been|have been|is|are) (?:unsuccessful|declined|rejected|not successful)/,
    /\bwill not be (?:moving|progressing|proceeding|taking|inviting|offering|considering|pursuing|continuing|advancing)/,
    /\bwon't be (?:moving|progressing|proceeding|taking|inviting|offering|considering|pursuing|continuing|advancing)/,
    /\bno longer (?:be(?:ing)? )?(?:consider(?:ed|ing)|under consideration|in consideration|moving forward)/,
    /\b(?:decided|decision) (?:not to|to not) (?:move|proceed|progress|pursue|offer|extend|continue|advance|invite)/,
    /\b(?:other|another) (?:candidates?|applicants?) (?:whose|who|with|that)\b/,
    /\b(?:went|gone|go|going|decided to go) (?:ahead )?with (?:someone|somebody|another|a different|a more)/,
    /\b(?:hire|hiring|hired) (?:for )?(?:someone|somebody) (?:else|more|with)/,
    /\bregret to (?:inform|let you know|tell you|advise)/,
    /\b(?:go|move|going|moving) in a different direction/,
    /\bnot to (?:extend|make) (?:you )?an offer/,
    /\bnot (?:be )?(?:offering you|extending (?:you )?an offer)/,
    /\b(?:will not|won't|cannot|can't|could not|couldn't) (?:be )?(?:progress|proceed|move|advance)(?:ing)? (?:further|forward|any further)/,
    /\bnot (?:the right|a strong enough|a) (?:fit|match) for (?:this|the) (?:role|position|opening|team)/,
    /\b(?:closer|better|stronger|more closely|more directly) (?:match(?:es|ed)?|align(?:s|ed)?|fit(?:s)?)\b.{0,60}\b(?:requirements|needs|role|position)/,
    // German
    /\b(?:absage|absagen)\b/,
    /\bnicht (?:weiter )?(?:berucksichtig|in (?:die|der) engere|weiterverfolg|weiter verfolg|fur sie entschieden|mit ihnen fortfahren|beruck)/,
    /\b(?:fur|zugunsten) (?:einen anderen|eine andere|andere) (?:kandidat|bewerber|person)/,
    /\b(?:einem anderen|einer anderen|anderen) (?:kandidat|bewerber)\w* entschieden/,
    /\b(?:stelle|position|vakanz) (?:ist |wurde |haben wir )?(?:bereits |inzwischen |mittlerweile )?(?:anderweitig )?(?:besetzt|vergeben)/,
    /\b(?:keine|nicht) (?:positive|gute) (?:nachricht|ruckmeldung|antwort)/,
    /\bkeine zusage\b/,
    // French
    /\b(?:avons|sommes) (?:le |au )regret\b/,
    /\bne (?:pouvons|pourrons|pourr?ions) pas (?:donner (?:une )?suite|retenir|poursuivre|vous proposer)/,
    /\b(?:pas|ne sera pas|n'a pas ete|n'avez pas ete) (?:ete )?(?:retenue?s?|selectionnee?s?)/,
    /\bpas (?:pu )?(?:donner )?(?:une )?suite favorable/,
    /\b(?:autres? (?:candidat|profil)\w*) (?:dont|qui|plus|correspondant)/,
    /\bposte (?:a (?:deja )?ete|est (?:deja )?) ?pourvu/,
    /\b(?:reponse|decision) (?:negative|defavorable)/,
    // Spanish
    /\bno (?:has|ha|hayas|haya) sido (?:seleccionad|elegid|preseleccionad)/,
    /\b(?:otros?|otras?) (?:candidat|perfil|postulant)\w* (?:que|cuy|con|mas)/,
    /\bno (?:podemos|vamos a|podremos|continuaremos|seguiremos|avanzaremos) (?:avanzar|continuar|seguir|ofrecer|contar)/,
    /\b(?:puesto|vacante|posicion) (?:ya )?(?:ha sido|fue|esta) (?:cubiert|ocupad)/,
    /\b(?:hemos decidido|decidimos) (?:continuar|seguir|avanzar|avanzamos|continuamos) (?:con )?(?:otr|el proceso con otr)/,
    /\bno seguir adelante\b/,
    // Dutch
    /\b(?:afwijzing|afgewezen)\b/,
    /\bniet (?:verder )?(?:gaan|door|verder) met (?:je|jou|uw)/,
    /\b(?:andere|een andere) kandida(?:a)?t(?:en)?\b/,
    /\bniet (?:ge)?(?:selecteerd|kozen)\b/,
    /\bvacature (?:is )?(?:inmiddels |al )?(?:vervuld|ingevuld|gesloten)/,
    /\b(?:besloten|gekozen) (?:om )?(?:niet|voor een andere)/,
    // Portuguese
    /\bnao (?:foi|foste|fostes|sera) (?:selecionad|escolhid|aprovad)/,
    /\b(?:outros?|outras?) (?:candidat|perfis|perfil)\w* (?:que|cujo|com|mais)/,
    /\bnao (?:vamos|iremos|poderemos|podemos) (?:avancar|prosseguir|seguir|continuar)/,
    /\bvaga (?:ja )?(?:foi|esta) preenchida/,
    /\b(?:decidimos|optamos por) (?:seguir|avancar|prosseguir|continuar) com outr/,
    // Italian
    /\bnon (?:e|sei|siete|sia|e stata?) (?:stat[oa] )?(?:selezionat|scelt)/,
    /\baltri candidati\b/,
    /\bnon (?:procedere|proseguire|andare avanti|potremo procedere|possiamo procedere)/,
    /\bposizione (?:e )?(?:gia )?stata (?:coperta|chiusa)/,
    /\babbiamo deciso di (?:procedere|proseguire|continuare) con altr/,
    /\bnon (?:ha|hai|abbia) superato\b|\bnon (?:e|sei) (?:stat[oa] )?ammess[oa]/,
    /\b(?:excluid[oa]|eliminad[oa]) (?:do|del|da) (?:procedimento|procedimiento|processo|proceso|concurso)/,
    /\bno (?:ha|has|haya) superado\b/,
    /\b(?:a|ont|est) (?:entre-temps |deja |depuis )?(?:ete )?pourvue?s?\b/,
    /\b(?:fait le choix|choisi|retenu) (?:d'une?|une?) (?:autres?) (?:profil|candidat)/,
    /\b(?:pas|plus) (?:souhaite|pu|pouvoir) donner suite\b/,
    /\bwahl (?:ist |fiel )?(?:auf )?(?:einen anderen|eine andere|andere)\b/,
    /\bniet (?:verder )?in behandeling (?:nemen|genomen)/,
    // Swedish, Danish, Norwegian
    /\b(?:valt|valde|valgt|valgte|vidare med|videre med) (?:en |ett |et )?(?:annan|andra|anden|andre|annen) (?:kandidat|sokande|ansoger|soker|person|profil)/,
    /\b(?:tjansten|stillingen|tjenesten|rollen) (?:ar|er|har) (?:nu |na |allerede |redan )?(?:blivit |blitt |blevet )?(?:tillsatt|besat|besatt)/,
    /\b(?:inte|ikke) (?:ga|gar|kommer att ga|vil ga|kommer til at ga) (?:vidare|videre) med (?:din|dig|deg|di|dit|ditt)/,
    // Polish
    /\b(?:wybralismy|wybrano|zdecydowalismy sie na|postawilismy na|zdecydowano sie na) (?:inn\w+|kogos innego)/,
    /\bnie (?:zostal\w* (?:pan |pani |pan\(i\) )?(?:wybran|zakwalifikowan|zaproszon)|przeszedl\w*|przeszla|zakwalifikowal\w*)/,
    /\bnie bedziemy (?:kontynuowac|dalej procedowac|procedowac)|rezygnujemy z (?:dalszego|dalszej|pana|pani)/,
    // Japanese and Chinese
    cjk('見送(?:ら|り|る)'),
    cjk('不採用'),
    cjk('ご期待に(?:添|沿)(?:え|い)(?:ず|ない|かね)'),
    cjk('(?:採用|ご縁)(?:を|が)?(?:見合わせ|致しかね|いたしかね|ありませんで)'),
    cjk('(?:未能|没能|无法)(?:通过|入选|录用|进入下一)'),
    cjk('不予录用|暂不(?:考虑|录用)'),
    // Indonesian and Malay
    /\b(?:belum|tidak) (?:dapat|bisa|boleh) (?:melanjutkan|dilanjutkan|diteruskan|meneruskan)|\b(?:tidak|belum) (?:lolos|terpilih|berjaya|berhasil lolos)\b|\b(?:kandidat|calon|pelamar) lain\b/,
    // Swahili
    /\b(?:hatutaendelea|hatuwezi kuendelea|hukufanikiwa|hujafanikiwa|hukuchaguliwa|hujachaguliwa)\b|\b(?:mwombaji|mgombea) mwingine\b/,
    // Tagalog
    /\bhindi (?:ka |po kayo )?(?:nakapasa|napili|natanggap)\b|\bhindi na (?:namin )?(?:maituloy|maitutuloy|itutuloy)/,
    // Vietnamese (folded: no tones)
    /\b(?:chua|khong) (?:duoc )?(?:phu hop|trung tuyen|lua chon|chon)\b|\bung vien khac\b/,
    // Turkish
    /\b(?:baska (?:bir )?(?:aday|adayla)|olumsuz (?:sonuc|donus|oldu)|devam (?:edemeyecegiz|etmeyecegiz|edemiyoruz))/,
    // Czech and Slovak
    /\b(?:jineho|jinou|ineho|inu) (?:kandidat|uchazec)|\b(?:nepostoupil|nebyl\w* vybran|nebol\w* vybran|nevybrali|nevybrali jsme)/,
    // Finnish
    /\b(?:emme (?:valinneet|voi tarjota|jatka)|valituksi tuli|tehtavaan valittiin|toinen hakija|valinta ei kohdistunut)/,
    // Greek (folded: no accents)
    cjk('αλλ(?:ον|ο|ους|η|ες) υποψηφι|δεν (?:επιλεχθ|προκριθ|θα προχωρησ)'),
    // Thai and Korean
    cjk('ไม่ได้รับการคัดเลือก|ไม่ผ่านการคัดเลือก'),
    cjk('불합격|함께하지 못하|모시지 못하'),
    // Romanian, Hungarian and Afrikaans (folded: no diacritics)
    /\b(?:am (?:decis|hotarat) sa (?:continuam|mergem|luam|angajam|alegem)\b.{0,40}\b(?:alt|alti|alta|alte|altcineva|cineva)|nu (?:ati|ai) fost (?:selectat|selectata|admis|admisa)|nu (?:vom|putem) (?:continua|merge mai departe)|(?:postul|pozitia) (?:a fost|este deja) ocupat)/,
    /\b(?:nem kerult(?:ek)? (?:\w+ )?kivalasztasra|mas (?:jelolt|palyazo)\w*|belso (?:kollegat|jeloltet)|(?:a poziciot|az allast|a munkakort) (?:mar )?betoltottuk|nem tudjuk (?:tovabbvinni|folytatni))/,
    /\b(?:om nie (?:[\w'-]+ ){0,8}?voort te gaan|nie (?:vir die volgende rondte )?gekies (?:is )?nie|(?:iemand|'n ander kandidaat) (?:anders )?aangestel|aansoek (?:was )?nie suksesvol)/,
    // Hindi and Urdu written in Latin letters, as Indian mail mixes them with English
    /\b(?:(?:position|role|job|post|vacancy) (?:\w+ )?fill ho (?:gayi|gaya|chuki|chuka)|select nahi (?:hua|hue|ho paye|ho paya|kiya)|kisi aur (?:ko|candidate))\b/,
    // Casual English from small businesses: "we've given the job to a lad who…", "nothing doing"
    /\b(?:given|gave|offered|giving) the (?:[\w'-]+ ){0,4}(?:job|role|position|post|shift|place) to (?:a|an|someone|somebody|another|one of|our)\b|\bnothing doing\b/,
  ),
  /** Softening words that often come with bad news, and with near-misses too. */
  regret: any(
    /\b(?:unfortunately|regrettably|sadly|we regret|i regret|i'm sorry to|we're sorry to|sorry to (?:say|tell|inform))\b/,
    /\b(?:leider|bedauern|bedauerlicherweise)\b/,
    /\b(?:malheureusement|regrettons|nous regrettons)\b/,
    /\b(?:lamentablemente|lamentamos|desafortunadamente|sentimos)\b/,
    /\bhelaas\b/,
    /\b(?:infelizmente|lamentamos)\b/,
    /\b(?:purtroppo|ci dispiace)\b/,
    /\b(?:tyvarr|dessverre|desvaerre|beklageligvis|beklager)\b/,
    /\b(?:niestety|z przykroscia)\b/,
    // Japanese and Chinese
    cjk('残念ながら|誠に残念|大変残念|遺憾'),
    cjk('很遗憾|遗憾地|抱歉地'),
    /\b(?:dengan berat hati|mohon maaf|dukacita dimaklumkan|kwa masikitiko|ikinalulungkot|rat tiec|maalesef|bohuzel|zial|valitettavasti)\b/,
    cjk('δυστυχως|λυπουμαστε'),
    cjk('เสียใจ|ขออภัย'),
    cjk('아쉽게도|안타깝게도'),
    /\b(?:din pacate|cu regret|regretam|sajnos|sajnalattal|ongelukkig|jammer om)\b/,
  ),
  /** Courtesies that close a "no": keeping the CV on file, good wishes for the search. */
  farewell: any(
    /\bkeep (?:your|you) (?:resume|cv|details|profile|information|application|name) (?:on file|in (?:mind|our))/,
    /\b(?:wish|wishing) you (?:the )?(?:very )?(?:best|every success|all the best|luck|success|well)\b/,
    /\b(?:best of luck|good luck) (?:in|with) (?:your|the)/,
    /\b(?:future|other) (?:opportunities|openings|roles|positions|vacancies)\b/,
    /\bencourage you to (?:apply|keep an eye)/,
    /\b(?:viel erfolg|alles gute)\b.{0,40}\b(?:weiteren|zukunft|suche)/,
    /\b(?:bonne continuation|succes dans (?:vos|votre) (?:recherches?|projets?))\b/,
    /\b(?:exito|suerte) en (?:tu|su|tus|sus) (?:busqueda|futur|proxim)/,
    /\bsucces (?:met|bij) (?:je|jouw|uw) (?:zoektocht|verdere)/,
    /\b(?:sucesso|boa sorte) (?:na|nos|em) (?:sua|tua|seus|teus)/,
    /\b(?:in bocca al lupo|successo per il (?:tuo|suo) futuro)\b/,
    /\b(?:lycka till|held og lykke|lykke til)\b/,
    /\b(?:powodzenia|sukcesow) w (?:dalsz|poszukiwani|karierze)/,
    /\b(?:semoga (?:sukses|berhasil)|kila la heri|chuc (?:ban|anh|chi|em) (?:thanh cong|may man)|basarilar dileriz|hodne (?:uspechu|stesti)|onnea (?:jatkoon|tulevaan|tyonhakuun))\b/,
    cjk('καλη (?:επιτυχια|συνεχεια)|ขอให้โชคดี|โอกาสร่วมงานกันในอนาคต|건승을 기원|앞날에 행운'),
    // Japanese and Chinese
    cjk('(?:今後の|益々の|ますますの)(?:ご活躍|ご健勝)'),
    /\b(?:(?:va|iti|ti) (?:dorim|doresc|uram|urez) (?:mult )?succes|succes in continuare|sok sikert|sikeres allaskeresest|alles van die beste|sterkte met (?:die|jou))\b/,
    cjk('祝(?:您|你).{0,12}(?:顺利|成功|前程似锦)'),
  ),
  /** Deliberation language: a decision was made after looking at the application. */
  deliberation: any(
    /\b(?:after|following|upon) (?:careful|thorough|much|further|serious|considerable) (?:consideration|review|deliberation|thought|evaluation)/,
    /\b(?:difficult|tough|hard) (?:decision|choice)\b/,
    /\b(?:highly|very) competitive\b/,
    /\bnach (?:sorgfaltiger|eingehender|grundlicher) (?:prufung|uberlegung|abwagung)/,
    /\bapres (?:une )?(?:etude|analyse|examen) (?:attentive?|approfondie?)/,
    /\btras (?:una )?(?:cuidadosa|detenida) (?:revision|evaluacion|consideracion)/,
    /\bna (?:zorgvuldige|grondige) (?:overweging|afweging|beoordeling)/,
    /\bapos (?:uma )?(?:analise|avaliacao) (?:cuidadosa|criteriosa)/,
    /\bdopo (?:un')?(?:attenta|accurata) (?:valutazione|analisi)/,
    /\b(?:setelah (?:melalui )?(?:pertimbangan|proses seleksi|evaluasi)|selepas (?:pertimbangan|penilaian)|baada ya (?:kulinganisha|kutafakari|kupitia)|sau khi (?:xem xet|can nhac)|degerlendirme(?:miz)? sonucunda|po (?:peclivem|dukladnem) (?:zvazeni|posouzeni)|huolellisen (?:harkinnan|arvioinnin))/,
    cjk('μετα απο (?:προσεκτικη|διεξοδικη) (?:αξιολογηση|εξεταση)|หลังจากพิจารณา'),
    /\b(?:dupa (?:o )?(?:analiza|evaluare) atenta|beerkezett palyazatok ertekeleset|gondos merlegeles|na deeglike oorweging)/,
  ),
  /** An invitation to talk or to a next round. */
  invitation: any(
    /\b(?:invite|inviting|invitation)(?: you)? (?:to|for) (?:an? |the |our |a first |a second |a final |a short |a quick |a brief )?(?:[\w-]+ ){0,2}(?:interview|call|conversation|chat|meeting|screen|assessment|technical|on-?site|video|phone|panel|round|visit|discussion)/,
    /\b(?:like|love|want|keen|happy|pleased|excited|glad|delighted) to (?:schedule|set up|arrange|book|invite you|move you forward|have you|speak with you|chat with you|talk with you|meet you|meet with you|learn more about you|get to know you|move forward with your (?:application|candidacy))/,
    /\b(?:move|moving|progress|advance|invite)(?: you)?(?: forward)? to the (?:next|final|second|third) (?:round|stage|step|interview)/,
    /\bnext (?:step|round|stage)s? (?:in|of|would be) (?:the|our|a|an)? ?(?:process|interview|call|conversation)/,
    /\b(?:interview|call|meeting|conversation) (?:with|for) (?:our|the) (?:team|hiring manager|head of|cto|ceo|director|lead)/,
    /\b(?:einladen|einladung|laden sie|laden dich|mochten sie gerne kennenlernen|kennenlernen)\b/,
    /\b(?:vous inviter|invitation a|souhaiterions vous rencontrer|aimerions vous rencontrer|vous rencontrer)\b/,
    /\b(?:invitarte|invitarle|invitacion a|nos gustaria conocerte|nos gustaria conocerle|conocerte mejor)\b/,
    /\b(?:uitnodigen|uitnodiging|kennismaken|kennismakingsgesprek)\b/,
    /\b(?:convidar|convite para|gostariamos de te conhecer|gostariamos de conhece-l)/,
    /\b(?:invitarti|invitarla|invito a|vorremmo conoscerti|conoscerla)\b/,
    /\b(?:bjuda in (?:dig|er) till|inbjudan till|invitere (?:dig|deg) til|invitasjon til|invitation til|vill garna traffa dig|vil gerne mode dig|vil gjerne mote deg)/,
    /\b(?:zaprosic|zaprosic pana|zaprosic pania|zaproszenie na|zapraszamy na)\b/,
    // A trial shift or day at work is how shops, kitchens, bakeries and trades interview.
    /\b(?:(?:paid |unpaid |short )?trial (?:shift|day|morning|afternoon|session)|come (?:in|along|out) for a (?:trial|chat)|proefdag|(?:komen |kom je (?:een \w+ )?)?meedraaien|probearbeit\w*|probetag|schnuppertag|journee d'essai|dia de prueba|giornata di prova|prova in (?:negozio|laboratorio|cucina)|provdag|provjobb|proevedag|prøvedag|dzien probny)\b/,
    // Japanese and Chinese
    cjk(
      '(?:一次|二次|三次|最終|役員)?面(?:接|談)(?:の)?(?:ご案内|日程|にお越し|を実施|へのご招待)',
    ),
    cjk('邀请(?:您|你).{0,12}面试|面试(?:通知|邀请|安排)'),
    /\b(?:mengundang (?:anda|saudara|kamu)|undangan (?:wawancara|interview|tes)|menjemput (?:anda|tuan|puan) (?:ke|untuk|menghadiri))\b/,
    /\b(?:tunakualika|kukualika|mwaliko wa)\b/,
    /\b(?:moi (?:anh|chi|ban|em) (?:tham du|den)|thu moi phong van)\b/,
    /\b(?:davet (?:etmek|ediyoruz)|mulakata davet|gorusmeye davet)/,
    /\b(?:pozvat (?:vas |te )?na|pozvali na|pozvanka na|pozyvame vas|pozvanie na)\b/,
    /\b(?:kutsua (?:teidat|sinut)|kutsu haastatteluun|kutsumme (?:teidat|sinut))\b/,
    cjk('σας προσκαλ|προσκληση (?:σε|για) συνεντευξη'),
    cjk('ขอเชิญ'),
    cjk('면접 (?:안내|일정)|초대'),
    /\b(?:(?:va|te) (?:invitam|invit) (?:la|pentru)|invitatie(?:: | la )?interviu|(?:interjura|allasinterjura|beszelgetesre|elbeszelgetesre) (?:szeretnenk|szeretnem)? ?(?:hivni|meghivni)|szeretnenk (?:ont |onnel )?(?:szemelyesen )?(?:megismerni|talalkozni)|wil (?:jou|u) graag ontmoet|(?:uitnodig\w*|nooi) (?:jou |u )?(?:vir|na) (?:'n )?onderhoud|disenarai ?pendek|senarai pendek|jemputan (?:ke )?(?:temuduga|temu duga|sesi))/,
    /\bgive (?:me|us) a (?:ring|call|bell)\b[^.]{0,40}\b(?:chat|talk|interview|natter)\b/,
  ),
  /** Finding a time: availability, slots, booking links, confirmed times. */
  scheduling: any(
    /\b(?:your|some|a few|share|send|let (?:me|us) know|provide|with) (?:your |some )?(?:availability|available times|times? that (?:work|suit)|convenient times?|preferred times?)/,
    /\b(?:what|which) (?:times?|days?|slots?|dates?) (?:work|suit|would work|are you (?:available|free))/,
    /\bare you (?:available|free) (?:on|for|this|next|at|tomorrow)/,
    /\b(?:calendly|goodtime|cal\.com|meet\.google|zoom\.us|teams\.microsoft|microsoft teams|google meet|zoom (?:link|call|meeting)|webex)\b/,
    /\b(?:book|select|pick|choose|grab|reserve) (?:a |an |your )?(?:time|slot|time slot|date|interview slot)/,
    /\b(?:booking|scheduling|calendar|invite) link\b/,
    /\b(?:interview|call|meeting|conversation|chat|screen)(?: is| has been| now)? (?:confirmed|scheduled|booked|rescheduled|moved)/,
    /\bconfirm(?:ing)? (?:your|the|our) (?:interview|call|meeting|time|slot|appointment)/,
    /\b(?:slot|time|appointment|room)s? (?:is|are|has been|have been|was) (?:already )?(?:taken|booked|no longer available|full)/,
    /\b(?:reschedule|rescheduling|calendar invite|invite to your calendar)\b/,
    /\b(?:\d{1,2}(?::\d{2})?\s?(?:am|pm|uhr|h\d{0,2})|\d{1,2}:\d{2})\b/,
    /\b(?:verfugbarkeit|terminvorschlag|termin(?:e)?\b|zeitfenster|zeitraum|passt ihnen)/,
    /\b(?:disponibilites|creneau|creneaux|convenance)\b/,
    /\b(?:disponibilidad|horarios?|agendar|agenda|franja)\b/,
    /\b(?:beschikbaarheid|tijdslot|tijdstip|inplannen|agenda)\b/,
    /\b(?:disponibilidade|horario|agendar|agenda)\b/,
    /\b(?:disponibilita|fissare|orario|calendario)\b/,
  ),
  /** The word for an interview, in any language. */
  interviewWord: any(
    /\binterview(?:s|ing|er)?\b/,
    /\b(?:phone|video|technical|onsite|on-site|final|first|second|panel|culture|hiring manager) (?:screen|round|call)\b/,
    /\b(?:vorstellungsgesprach|bewerbungsgesprach|gesprach|interview)\b/,
    /\bentretien\b/,
    /\bentrevista\b/,
    /\b(?:sollicitatiegesprek|gesprek)\b/,
    /\bcolloquio\b/,
    /\b(?:intervju|intervjun|intervjuet|jobsamtale|jobbintervju|samtale|samtal)\b/,
    /\b(?:rozmow[aey]|rozmowe) (?:kwalifikacyjn|rekrutacyjn|techniczn)/,
    // Japanese and Chinese
    cjk('面接|面談|面试'),
    /\b(?:wawancara|temu duga|usaili|mahojiano|phong van|mulakat\w*|gorusme\w*|pohovor\w*|haastattelu\w*)\b/,
    cjk('συνεντευξ|สัมภาษณ์|면접'),
    /\b(?:interviu\w*|(?:allas)?interju\w*|onderhoud(?:e|s)?|temuduga)\b/,
  ),
  /** A task to do as part of the process: a take-home test, an assessment. */
  assessment: any(
    /\b(?:take-?home|coding|technical|online|skills?) (?:assignment|test|exercise|challenge|assessment|task)\b/,
    /\b(?:case study|hackerrank|codility|coderbyte|testgorilla|codesignal|hirevue)\b/,
    /\b(?:complete|completing) (?:the|a|an|our) (?:assessment|test|questionnaire|exercise)/,
  ),
  /** The application arrived and will be read. */
  received: any(
    /\b(?:received|receipt of|got) your (?:application|cv|resume|submission|candidacy|details|interest|documents)/,
    /\b(?:thank you|thanks|thank-you) (?:so much |very much |again )?for (?:applying|your application|submitting|your interest|your recent application|considering|your candidacy|applying to)/,
    /\b(?:application|submission|candidacy)(?: has| have)?(?: been| was)? (?:successfully )?(?:received|submitted|sent|completed)\b/,
    /\b(?:we|our team|the (?:hiring|recruiting|talent) team|our recruiters?|the team|the hiring manager)(?: will|'ll| are going to| is going to)(?: now)?(?: carefully| now)? (?:review|be reviewing|look (?:at|over)|assess|consider|evaluate|go through)/,
    /\b(?:review|reviewing|assess|assessing) (?:your|all) (?:application|profile|cv|resume|submission|applications)/,
    /\b(?:only (?:shortlisted|selected|successful|short-listed) (?:candidates|applicants))/,
    /\b(?:high|large|great) (?:volume|number) of (?:applications|applicants|candidates)/,
    /\b(?:track|check|view) (?:the status of )?your application/,
    /\b(?:eingang (?:ihrer|deiner) bewerbung|bewerbung (?:ist )?(?:erhalten|eingegangen|angekommen)|(?:vielen )?dank fur (?:ihre|deine) bewerbung|unterlagen (?:sorgfaltig )?prufen)/,
    /\b(?:bien recu|avons recu|accusons reception de) (?:votre|ta) (?:candidature|cv|dossier)/,
    /\b(?:merci (?:pour|de) (?:votre|ta) candidature|etudier (?:votre|ta) candidature|examiner (?:votre|ta) candidature)/,
    /\b(?:hemos recibido|recibimos) (?:tu|su) (?:candidatura|solicitud|cv|postulacion)/,
    /\bgracias por (?:tu|su) (?:candidatura|solicitud|postulacion|interes)|gracias por (?:postularte|aplicar|inscribirte)/,
    /\b(?:bedankt|dank|dankjewel) voor (?:je|jouw|uw) sollicitatie|sollicitatie (?:goed )?ontvangen|(?:hebben|heb) (?:je|uw) sollicitatie (?:goed )?ontvangen/,
    /\b(?:recebemos|recebido) (?:a sua|sua|tua|a tua) candidatura|obrigad[oa] (?:pela|por) (?:sua|tua|se candidatar|candidatar)/,
    /\b(?:ricevuto|ricevuta) (?:la tua|la sua) candidatura|grazie per (?:la tua|la sua|aver inviato|esserti candidat|la candidatura)/,
    /\b(?:tack for (?:din|er) ansokan|vi har (?:tagit emot|mottagit) din ansokan|tak for din ansogning|vi har modtaget din ansogning|takk for (?:din|soknaden)|vi har mottatt (?:din )?soknad)/,
    /\b(?:dziekujemy za (?:przeslanie|zlozenie|aplikacje|twoja aplikacje|pana|pani)|otrzymalismy (?:twoja|pana|pani)? ?(?:aplikacje|zgloszenie|cv))/,
    /\b(?:bestatigen (?:wir )?(?:ihnen )?den eingang|accusons (?:bonne )?reception|(?:solicitud|candidatura|inscripcion) (?:ha sido|fue) registrada|potwierdzamy (?:zlozenie|otrzymanie|przyjecie)|bekraftar (?:att vi )?(?:har )?(?:tagit emot|mottagit)|bekrefter (?:at vi har )?mottatt|bekraefter (?:at vi har )?modtaget)/,
    // Japanese and Chinese
    cjk('(?:応募|エントリー)(?:を|が)?(?:受け付け|受付|受領|完了)'),
    cjk('(?:ご応募|エントリー)(?:いただき|頂き)'),
    cjk('已(?:收到|接收)(?:您|你)的(?:申请|简历)|感谢(?:您|你)的(?:申请|投递)'),
    /\b(?:lamaran (?:anda |kamu )?(?:telah |sudah )?(?:kami )?(?:terima|diterima)|terima kasih atas lamaran|permohonan (?:anda|tuan|puan) (?:telah )?diterima)/,
    /\b(?:tumepokea maombi|asante kwa kutuma maombi|asante kwa kuomba)/,
    /\b(?:da nhan duoc (?:ho so|don|cv)|cam on (?:anh|chi|ban) da (?:ung tuyen|nop ho so|quan tam))/,
    /\b(?:basvurunuz (?:alinmistir|alindi|bize ulasti)|basvurunuz icin tesekkur)/,
    /\b(?:dekujeme za (?:vasi|vas|tvoji|tvuj) (?:zajem|prihlasku|reakci)|obdrzeli jsme (?:vasi|vas)|dakujeme za (?:vasu|vas) (?:zaujem|prihlasku))/,
    /\b(?:kiitos hakemuksestasi|olemme vastaanottaneet hakemuksesi|hakemuksesi on vastaanotettu)\b/,
    cjk('λαβαμε την αιτηση|ευχαριστουμε για την αιτηση'),
    cjk('ได้รับใบสมัคร'),
    cjk('지원해 주셔서 감사|지원서(?:가|를)? (?:접수|정상)'),
    /\b(?:am (?:primit|inregistrat) (?:aplicatia|candidatura|cv-ul)|(?:va|iti) multumim pentru (?:aplicare|candidatura|interesul|aplicatia)|(?:jelentkezeset|jelentkezesed|palyazatat) (?:megkaptuk|rogzitettuk|sikeresen)|koszonjuk,? hogy (?:jelentkezett|palyazott|jelentkeztel)|koszonjuk (?:a )?jelentkezeset|(?:jou|u) aansoek (?:is )?ontvang|dankie vir (?:jou|u) (?:aansoek|belangstelling))/,
  ),
  /** A promise to get in touch later, perhaps: typical of acknowledgements, not of answers. */
  later: any(
    /\b(?:if|should|when) (?:your|you|we) (?:profile|experience|skills|qualifications|background|application)?\s?(?:match|matches|meet|meets|fit|fits|align|aligns|are a (?:good )?(?:fit|match)|is a (?:good )?(?:fit|match)|look(?:s)? like a (?:good )?(?:fit|match)|(?:would )?like to (?:move forward|proceed|invite))/,
    /\b(?:we|someone|a recruiter|a member of (?:our|the) team|the team|our team|a recruiter)(?: will|'ll) (?:be in touch|contact you|reach out|get back to you|get in touch|let you know|follow up)/,
    /\b(?:in the (?:coming|next) (?:days|weeks)|within (?:\d+|one|two|three|a few) (?:business |working )?(?:days|weeks))\b/,
    /\bmelden (?:uns|wir uns)\b|\bmeldung\b|\bin den nachsten (?:tagen|wochen)/,
    /\b(?:reviendrons vers vous|recontacterons|dans les prochain(?:e)?s (?:jours|semaines))/,
    /\b(?:nos pondremos en contacto|te contactaremos|le contactaremos|en los proximos (?:dias|semanas))/,
    /\b(?:nemen (?:we )?(?:contact|binnenkort contact)|hoor je van ons|laten we (?:je|u) weten|in de komende (?:dagen|weken))/,
    /\b(?:entraremos em contato|retornaremos|nos proximos dias)/,
    /\b(?:ti contatteremo|la contatteremo|nei prossimi giorni)/,
  ),
  /** An offer of the job. */
  offer: any(
    /\b(?:pleased|delighted|happy|thrilled|excited|glad) to (?:formally )?(?:offer you|extend (?:you )?(?:an|the|a|our)|make you an offer|confirm (?:our|your|the) offer)/,
    /\boffer (?:letter|of employment|package|details|document|paperwork)\b/,
    /\b(?:extend|extending|make|making|prepare|preparing) (?:you )?(?:an?|the|our) (?:formal |verbal |written |official )?offer\b/,
    /\b(?:accept|sign|review|consider|countersign|return) (?:the|your|our|this) (?:formal |written )?offer/,
    /\b(?:annual (?:base )?salary|base salary of|starting salary|signing bonus|sign-on bonus|stock options|equity grant|relocation package)\b/,
    /\b(?:welcome (?:you )?(?:aboard|to the team)|join(?:ing)? (?:us|our team) as)\b/,
    /\b(?:vertragsangebot|arbeitsvertrag|angebot (?:unterbreiten|machen)|ihnen (?:die|eine) (?:stelle|position) anbieten|mochten ihnen .{0,40}anbieten)/,
    /\b(?:proposition d'embauche|promesse d'embauche|vous proposer le poste|proposition de contrat|lettre d'offre)/,
    /\b(?:nos complace ofrecerte|nos complace ofrecerle|carta (?:de )?oferta|oferta formal|oferta laboral para ti|ofrecerte el puesto)/,
    /\b(?:(?:een )?aanbod (?:doen|te doen)|arbeidsovereenkomst|contractvoorstel|je graag (?:een )?aanbod)/,
    /\b(?:proposta (?:de emprego|de trabalho|formal)|oferecer-lhe|oferecer-te|prazer de (?:lhe |te )?oferecer)/,
    /\b(?:offerta (?:di lavoro|formale)|lieti di offrirti|lieti di offrirle|proposta di assunzione)/,
    /\b(?:erbjuda dig (?:tjansten|rollen|en anstallning)|erbjudande om anstallning|anstallningsavtal|tilbyde dig (?:stillingen|jobbet)|ansaettelseskontrakt|tilby deg (?:stillingen|jobben)|arbeidsavtale)/,
    /\b(?:oferte? (?:pracy|zatrudnienia)|zaproponowac (?:panu|pani|ci) (?:stanowisko|prace)|umowe o prace)/,
    /\b(?:remuneration|remuneracao|remuneracion|retribuzione|salaris|salario|salaire|gehalt|vergutung|manadslon|lonn|wynagrodzenie)\b.{0,40}\b(?:brut|bruto|bruta|brutos|bruts|lordo|brutto|annuel|anual|mensal|per maand|pro jahr)/,
    /\b(?:prise de poste|data de inicio|fecha de incorporacion|startdatum|eintrittsdatum|arbeitsbeginn|data di inizio|tilltrade|tiltraedelse|oppstart|data rozpoczecia pracy)\b/,
    /\b(?:bieten ihnen die stelle|einstellungszusage|(?:auswahlkommission|wir) (?:hat |haben )?(?:uns )?fur sie entschieden)/,
    /\b(?:vous accueillir (?:au sein|dans)|(?:te|vous) faire (?:officiellement )?une proposition|proposition (?:d'embauche|de contrat))/,
    /\b(?:(?:je|u) (?:heel )?graag aannemen|aannemen als)\b/,
    /\b(?:proposta de contratacao|gostariamos (?:muito )?de (?:a|o|te|lhe) receber na (?:nossa )?equipa)/,
    /\b(?:att du borjar hos oss|borja hos oss|tillsvidareanstallning|fastansettelse|fast ansaettelse)\b/,
    // Japanese and Chinese
    cjk('内定|採用(?:が)?(?:決定|内定)|採用させていただ'),
    cjk('录用通知|offer letter|入职(?:日期|时间)'),
    /\b(?:menawarkan (?:posisi|jabatan|pekerjaan)|surat penawaran (?:kerja)?|tawaran (?:kerja|pekerjaan))\b/,
    /\b(?:kukupa (?:nafasi|kazi)|barua ya (?:kukupa kazi|ajira|kuajiriwa))\b/,
    /\b(?:thu moi nhan viec|chuc mung (?:anh|chi|ban|em) da trung tuyen)\b/,
    /\b(?:is teklifi|teklif mektubu)\b/,
    /\b(?:nabidka (?:prace|zamestnani|pracovniho)|ponuka (?:prace|zamestnania))\b/,
    /\b(?:tyotarjous|tarjoamme sinulle|valittu tehtavaan)\b/,
    /\b(?:il posto e tuo|ti confermo che il posto)\b/,
    cjk('προσφορα εργασιας'),
    cjk('ยินดีที่จะเสนอ|ข้อเสนองาน'),
    cjk('최종 합격|합격을 축하'),
    /\b(?:oferta de (?:angajare|munca)|salariu(?:l)? (?:brut|net)|data de incepere|allasajanlat|felajanl\w*|brutto (?:havi )?alapber|ajanl(?:juk|om) fel|(?:bied|aanbied) (?:jou|u) die pos|dienskontrak)\b/,
    /\b(?:love|like|want|happy|delighted|pleased) to have you (?:as (?:our|the|a|an)|on board|join (?:us|the team))\b|\b(?:the job is yours|it's yours if you want it)\b/,
  ),
  /** Job-alert digests and recommendations: many jobs, many companies. */
  digest: any(
    /\bjob alerts?\b/,
    /\b(?:jobs?|roles?|positions?|openings?|opportunities) (?:for you|matching|recommended|picked for you|you (?:may|might) (?:like|be interested))/,
    /\b(?:new|recommended|similar|top|latest) (?:jobs|roles|positions|openings|opportunities|job matches)\b/,
    /\b(?:see|view|browse|explore) (?:all|more|similar) (?:jobs|roles|openings|positions|opportunities)/,
    /\bbased on your (?:profile|search|preferences|activity|saved search)/,
    /\b\d+\+? new (?:jobs|positions|openings|matches|roles)/,
    /\b(?:easy apply|apply now|quick apply|1-click apply)\b/,
    /\b(?:stellenangebote|neue jobs|passende jobs|jobs fur sie|jobempfehlungen)\b/,
    /\b(?:offres (?:d'emploi )?(?:pour vous|qui pourraient)|nouvelles offres|alerte emploi)\b/,
    /\b(?:ofertas (?:de empleo )?(?:para ti|recomendadas|que te)|nuevas ofertas|alerta de empleo)\b/,
    /\b(?:vacatures voor (?:jou|u)|nieuwe vacatures|vacature-?alert)\b/,
    /\b(?:vagas (?:para voce|recomendadas)|novas vagas|alerta de vagas)\b/,
    /\b(?:offerte di lavoro (?:per te|consigliate)|nuove offerte)\b/,
    /\b(?:viec lam (?:moi|phu hop)|xem tat ca|lowongan (?:baru|terbaru|untukmu|untuk anda)|nafasi mpya za kazi|yeni is ilanlari|is ilanlari sizin icin|nove nabidky prace|uudet tyopaikat|trabaho para sa iyo)\b/,
    cjk('νεες θεσεις εργασιας|งานใหม่|추천 채용|채용 공고 추천'),
  ),
  /** Newsletters, articles and marketing, including ones about rejection. */
  newsletter: any(
    /\b(?:newsletter|unsubscribe|email preferences|manage (?:your )?(?:subscription|preferences|notifications)|view (?:this email )?in (?:your )?browser)\b/,
    /\b(?:read (?:more|the (?:full )?(?:article|post|story))|webinar|podcast|episode|our blog|this week's|this month's|subscribers?|sign up (?:for|now))\b/,
    /\b(?:\d+|three|five|seven|ten) (?:ways|tips|things|mistakes|signs|steps|lessons|reasons)\b/,
    /\b(?:abmelden|abbestellen|desabonner|desinscribirte|darse de baja|afmelden|cancelar (?:a )?subscricao|annulla l'iscrizione)\b/,
    /\b(?:huy dang ky|berhenti berlangganan|abonelikten cik|odhlasit (?:odber|se)|peruuta tilaus|jiondoe)\b/,
  ),
  /** A recruiter reaching out about another opening: not news about an application. */
  outreach: any(
    /\b(?:came across|found|noticed|saw) your (?:profile|background|cv|resume|github|portfolio)/,
    /\b(?:opportunity|role|position|opening) (?:that )?(?:might|may|could|would) (?:interest you|be of interest|be a (?:great|good) fit)/,
    /\b(?:are you|would you be) (?:open to|interested in) (?:a |an |new |exploring )/,
    /\b(?:i'm|i am) (?:a recruiter|recruiting for|working with|reaching out on behalf)/,
    /\b(?:reaching out|getting in touch) (?:about|regarding|because|to see)/,
    // A recruiter with a role to put forward: "I've also got a Project Director position with…".
    /\b(?:i've|i have|i've also|i have also|we've|we have) (?:also )?got (?:a|an|another) [^.]{0,40}?\b(?:role|position|opening|vacancy|job|brief|mandate)\b/,
    /\b(?:worth a (?:conversation|chat|call)|open to a (?:quick )?(?:chat|conversation|call)|(?:shall|should|can) i send (?:you )?(?:over )?the (?:spec|job spec|jd|job description))\b/,
    /\b(?:let me know|tell me) if you(?:'d| would) like (?:the|to see the) (?:spec|job spec|jd|job description|full brief)/,
    // Other languages: an opportunity put forward, a short call proposed.
    /\b(?:estou conduzindo|estamos conduzindo|tenho uma (?:vaga|posicao|oportunidade)|topa (?:uma|um) (?:conversa|papo)|te interessaria)\b/,
    /\b(?:estoy (?:buscando|liderando) (?:un|una) (?:perfil|posicion|busqueda)|te interesaria|tengo una (?:oportunidad|posicion|vacante))\b/,
    /\b(?:je recrute (?:pour|un|une)|serai[st]-(?:tu|vous) (?:interesse|ouverte?|disponible)|une opportunite (?:qui|pour))\b/,
    /\b(?:hatten sie interesse|haettest du interesse|hatte(?:n)? (?:sie|du) lust auf ein (?:kurzes )?gesprach|fur einen kunden suche ich)\b/,
    /\b(?:ik ben op zoek naar een|zou je openstaan voor|heb je interesse in)\b/,
  ),
  /** The message is about the user's application (present in answers of every kind). */
  application: any(
    /\byour (?:application|candidacy|candidature|submission)\b/,
    /\b(?:ihre|deine) bewerbung\b/,
    /\b(?:votre|ta) candidature\b/,
    /\b(?:tu|su) (?:candidatura|solicitud|postulacion)\b/,
    /\b(?:je|jouw|uw) sollicitatie\b/,
    /\b(?:sua|tua|a sua|a tua) candidatura\b/,
    /\b(?:la tua|la sua) candidatura\b/,
    /\b(?:din ansokan|din ansogning|din soknad)\b/,
    /\b(?:twoja|pana|pani) (?:aplikacj|kandydatur|zgloszeni)/,
    // Japanese and Chinese
    cjk('(?:ご)?応募(?:いただいた|頂いた|の件|書類)|選考(?:結果|状況)'),
    cjk('(?:您|你)的(?:申请|简历)|应聘'),
    /\b(?:lamaran (?:anda|kamu|saudara)|proses seleksi|permohonan (?:anda|tuan|puan)|maombi yako|application mo|ho so cua (?:ban|anh|chi|em)|ung tuyen|basvurunuz|(?:vase|vasi|tvoje|tvoji) (?:prihlask|zadost)|hakemuksesi|hakemuksenne)/,
    cjk('η αιτηση σας|την αιτηση σας|สมัครงาน|ใบสมัคร|지원(?:해|하신|서)'),
    /\b(?:(?:aplicatia|candidatura|aplicarea) (?:ta|dumneavoastra|dvs)|jelentkezes(?:e|et|ed|ere)|palyazat(?:a|at|ara)|aansoek)\b/,
  ),
  /** Thanks for time already spent: a "no" or a next round after interviews. */
  thanksForTime: any(
    /\b(?:thank you|thanks) (?:so much |again |very much )?for (?:your time|taking the time|the time you|interviewing|speaking|meeting|talking|the conversation|your patience)/,
    /\b(?:it was|it's been) (?:a pleasure|great|lovely|nice) (?:to )?(?:meet|meeting|speaking|talking|getting to know)/,
    /\b(?:danke|vielen dank) fur (?:ihre zeit|das gesprach|ihr interesse)/,
    /\bmerci (?:pour|de) (?:votre temps|l'entretien|votre interet|avoir pris le temps)/,
    /\bgracias por (?:tu tiempo|su tiempo|la entrevista|tu interes|su interes)/,
    /\b(?:bedankt|dank) voor (?:je|uw) (?:tijd|interesse)|bedankt voor het gesprek/,
    /\bobrigad[oa] (?:pelo (?:seu|teu) tempo|pela entrevista|pelo interesse)/,
    /\bgrazie per (?:il tuo tempo|il suo tempo|il colloquio|l'interesse)/,
    /\b(?:tack for (?:din tid|intervjun|samtalet)|tak for (?:din tid|samtalen)|takk for (?:tiden|samtalen|intervjuet))/,
    /\bdziekujemy za (?:rozmowe|poswiecony czas|spotkanie)/,
  ),
  /** The message says a program sent it. */
  automatedNote: any(
    /\b(?:do not|don't|please do not|please don't) reply\b/,
    /\b(?:this (?:is an|e-?mail (?:is|was)|message (?:is|was)) (?:an )?automat|automatically generated|automated (?:message|email|notification)|unmonitored|not monitored)/,
    /\b(?:nicht auf diese (?:e-?mail|nachricht) antworten|automatisch (?:erstellt|generiert|versendet))/,
    /\b(?:ne pas repondre|ne repondez pas|message automatique|genere automatiquement)/,
    /\b(?:no responda|no respondas|mensaje automatico|generado automaticamente)/,
    /\b(?:niet beantwoorden|automatisch (?:gegenereerd|verzonden))/,
    /\b(?:nao responda|mensagem automatica|gerad[oa] automaticamente)/,
    /\b(?:non rispondere|messaggio automatico|generat[oa] automaticamente)/,
    /\b(?:(?:te|va) rugam sa nu raspunzi|generat automat|ne valaszoljon|automatikusan generalt|moenie op hierdie e-?pos antwoord nie|dijana oleh sistem)/,
  ),
} as const;

export type CueGroup = keyof typeof CUE_GROUPS;
export const CUE_NAMES = Object.keys(CUE_GROUPS) as CueGroup[];

/** Letters that carry no accent to remove but have a plain spelling all the same. */
const PLAIN: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  ı: 'i',
};

// The backtick (0x60) is left out: it folds to an apostrophe below.
const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

/** Lower case, accents removed, one kind of apostrophe and space: what the cue patterns read. */
export function foldText(text: string): string {
  // Most mail is plain ASCII: nothing to decompose or replace but case and spaces.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(/[ \t]{2,}|\t/g, ' ');
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d«»]/g, '"')
    .replace(/[ßøØæÆœŒłŁđı]/g, (c) => PLAIN[c] ?? c)
    .toLowerCase()
    .replace(/[ \t\u00a0]+/g, ' ');
}

/** One sentence of a message, folded, with the cue groups it matched. */
export interface SentenceCues {
  text: string;
  folded: string;
  cues: CueGroup[];
}

/** A sentence in quotation marks, as a newsletter quotes a form letter: reported, not said. */
export const isQuoted = (text: string) => /^["“„«']/.test(text) && /["”“»']\W{0,2}$/.test(text);

/** Each group's patterns as one expression: one scan of a sentence per group. */
const COMBINED = CUE_NAMES.map(
  (name) => new RegExp(CUE_GROUPS[name].map((pattern) => `(?:${pattern.source})`).join('|')),
);

/** The groups a folded sentence matches. */
export function cuesOf(folded: string): CueGroup[] {
  const found: CueGroup[] = [];
  COMBINED.forEach((pattern, i) => {
    if (pattern.test(folded)) found.push(CUE_NAMES[i] as CueGroup);
  });
  return found;
}
