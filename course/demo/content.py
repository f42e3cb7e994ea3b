"""Original French text of the demo course (fictional people and handles)."""

PARTICIPANTS = [
    {
        "handle": "ines_svt",
        "display_name": "Inès Marchal",
        "role": "Professeure de SVT en collège",
        "presentation": "Enseigne les sciences de la vie et de la Terre au collège des Tilleuls, à Vernolles. Sur Twitter, elle échange avec d’autres enseignants et raconte les sorties de terrain de ses classes, sur un compte unique et résolument professionnel.",
        "color": "#2f6f8f",
    },
    {
        "handle": "bastien_biblio",
        "display_name": "Bastien Roure",
        "role": "Bibliothécaire, responsable des services numériques",
        "presentation": "Anime les ateliers numériques de la médiathèque de Valbrune et tient, avec deux collègues, le compte de l’établissement. À côté, il a un compte à son nom où il parle de son métier, de ses lectures et de vélo.",
        "color": "#8f4a2f",
    },
    {
        "handle": "odile_kerjean",
        "display_name": "Odile Kerjean",
        "role": "Chargée de communication d’une communauté de communes",
        "presentation": "Tient le compte officiel de la communauté de communes du Pays de Sermange. Elle a longtemps refusé d’avoir un compte personnel, avant d’en ouvrir un l’an dernier « pour comprendre ce que vivent les gens d’en face ».",
        "color": "#5b3f8c",
    },
    {
        "handle": "ma_delorme",
        "display_name": "Marc-Antoine Delorme",
        "role": "Attaché de conservation aux archives départementales",
        "presentation": "Fonctionnaire territorial, il fait découvrir au grand public les fonds des archives départementales de l’Orvane. Très attentif à son devoir de réserve, il tweete sur l’histoire locale et le métier d’archiviste, jamais sur l’actualité politique.",
        "color": "#2f7a4f",
    },
    {
        "handle": "samia_tremplin",
        "display_name": "Samia Belkacem",
        "role": "Coordinatrice d’une association d’insertion",
        "presentation": "Coordonne Tremplin des Rives, une association qui accompagne des personnes éloignées de l’emploi. Elle jongle avec trois comptes : le sien, celui de l’association et celui d’un collectif d’associations du territoire.",
        "color": "#b5552b",
    },
    {
        "handle": "helene_veille",
        "display_name": "Hélène Vidalenc",
        "role": "Documentaliste chargée de veille",
        "presentation": "Travaille dans un centre de ressources régional sur la formation professionnelle. Pour elle, Twitter est d’abord un outil de veille : elle y publie peu, y lit beaucoup, et ne jure que par les listes.",
        "color": "#8c2f5b",
    },
    {
        "handle": "theo_lambertin",
        "display_name": "Théo Lambertin",
        "role": "Formateur dans une fédération d’éducation populaire",
        "presentation": "Forme des animateurs et des bénévoles aux usages du numérique. Il a deux comptes depuis qu’un message militant, posté du mauvais côté, lui a valu une conversation un peu tendue avec sa direction.",
        "color": "#3d7a2a",
    },
    {
        "handle": "remi_causse",
        "display_name": "Rémi Castagné",
        "role": "Animateur d’un tiers-lieu rural",
        "presentation": "Fait vivre La Fabrique du Causse, un tiers-lieu avec atelier partagé et café associatif. Un seul compte pour tout : le travail, le village, la pêche à la mouche et quelques coups de gueule.",
        "color": "#7a5a1f",
    },
    {
        "handle": "armelle_ifsi",
        "display_name": "Armelle Quéré",
        "role": "Cadre de santé, formatrice en institut de formation en soins infirmiers",
        "presentation": "Forme de futurs infirmiers et infirmières. Elle avait ouvert un compte des années avant de s’en servir vraiment, et raconte dans son témoignage le moment où l’outil a enfin pris sens pour elle.",
        "color": "#1f5f7a",
    },
]

HOME = {
    "title": "Gazouillis",
    "tagline": "Des cours en ligne courts, conviviaux et pratiques pour apprendre ensemble à utiliser les réseaux sociaux dans son métier.",
    "intro": "Gazouillis propose des cours ouverts à tous, pensés pour les professionnels qui n’ont pas le temps de suivre une formation longue : enseignants, bibliothécaires, chargés de communication, agents publics, salariés et bénévoles d’associations. Chaque semaine, quelques leçons courtes, des exemples concrets, des témoignages de praticiens et des questions à débattre. On y apprend en lisant, mais surtout en échangeant avec les autres participants, comme on le ferait sur un réseau social.",
    "body": [
        ("heading", {"text": "Apprendre en gazouillant", "level": "h2"}),
        (
            "paragraph",
            "<p>Les réseaux sociaux s’apprennent mal dans un manuel. On comprend ce qu’est une mention en recevant sa première réponse, on comprend ce qu’est un fil d’actualité bien composé le jour où il nous apporte exactement l’information dont on avait besoin. Nos cours sont donc conçus pour être <b>pratiqués en même temps qu’ils sont lus</b> : chaque leçon se termine par une question à laquelle vous répondez pour vous-même, ou avec les autres.</p><p>Les contenus sont écrits par des formateurs et illustrés par des témoignages de professionnels. Les personnes et les comptes cités dans les exemples sont fictifs, mais les situations, elles, sont bien réelles : elles viennent des questions que se posent, semaine après semaine, les participants de ce type de formation.</p>",
        ),
        (
            "key_points",
            {
                "title": "Comment ça marche",
                "points": [
                    "Un cours dure quelques semaines, à raison d’une à deux heures par semaine.",
                    "Chaque semaine s’ouvre à une date donnée : vous avancez au même rythme que les autres participants.",
                    "Les leçons alternent explications, exemples de messages commentés et questions pour réfléchir.",
                    "Les tables rondes et les témoignages donnent la parole à des praticiens qui ne sont pas toujours d’accord entre eux.",
                    "Tout est gratuit et ouvert : il suffit de créer un compte pour suivre votre progression.",
                ],
            },
        ),
        (
            "example_post",
            {
                "author": "Gazouillis",
                "handle": "gazouillis_mooc",
                "text": "La nouvelle session de « Gazouiller en pro » commence lundi ! 5 semaines pour apprivoiser Twitter dans votre métier : bio, compte pro ou perso, veille, live-tweet. Présentez-vous avec #GazouillisMOOC, on vous attend.",
                "posted_on": "2 septembre",
                "comment": "Le cours a son propre mot-clé : en l’ajoutant à vos messages, vous retrouvez les autres participants et ils vous retrouvent.",
            },
        ),
    ],
}

COURSE = {
    "slug": "twittmooc",
    "title": "Gazouiller en pro : Twitter pour les professionnels",
    "summary": "Un cours de cinq semaines pour utiliser Twitter avec aisance dans son métier : se présenter, parler pour soi ou pour son organisation, choisir entre un compte et deux, composer sa veille et live-tweeter un événement.",
    "intro": "Vous avez un compte Twitter qui dort, ou vous vous demandez s’il faut en ouvrir un ? Votre employeur vous demande d’animer le compte de votre établissement, ou vous hésitez à parler de votre métier en public ? Ce cours vous accompagne pas à pas. En cinq semaines, vous écrirez une bio claire, vous saurez ce que vous pouvez dire et au nom de qui, vous choisirez une organisation de comptes adaptée à votre situation, vous composerez un fil d’actualité utile et vous live-tweeterez votre premier événement. Le tout en échangeant avec d’autres professionnels qui se posent les mêmes questions.",
    "effort": "5 semaines, environ 2 heures par semaine",
    "audience": "Enseignants, bibliothécaires, chargés de communication, agents publics, salariés et bénévoles d’associations : tous ceux qui veulent utiliser Twitter dans un cadre professionnel.",
    "body": [
        ("heading", {"text": "Un cours court, social et pratique", "level": "h2"}),
        (
            "paragraph",
            "<p>Ce cours ne cherche pas à faire de vous un expert du marketing numérique. Il s’adresse à des professionnels qui ont un métier, un employeur, des collègues, un public, et qui veulent savoir comment Twitter peut les aider sans leur créer d’ennuis. Les questions que nous traitons sont celles que l’on se pose réellement : que mettre dans ma bio ? Puis-je parler de mon travail ? Ai-je besoin de deux comptes ? Qui suivre ? Comment rendre compte d’une conférence sans lasser tout le monde ?</p><p>Chaque semaine combine des <b>leçons</b> courtes, des <b>exemples de messages</b> commentés, des <b>témoignages</b> de praticiens et des <b>questions à débattre</b>. Vous n’avez pas besoin d’être déjà actif sur Twitter : la première semaine reprend les bases.</p>",
        ),
        ("heading", {"text": "Le programme", "level": "h2"}),
        (
            "paragraph",
            "<ol><li><b>Se présenter</b> : les gestes de base, la bio, la photo de profil, et le témoignage d’une formatrice qui a mis du temps à comprendre l’outil.</li><li><b>Parler en son nom, parler au nom de…</b> : ce que vaut l’avertissement « mes tweets n’engagent que moi », le devoir de réserve des agents publics, la tenue d’un compte d’organisation.</li><li><b>Un compte ou deux ?</b> : les configurations possibles, les critères pour choisir, l’art de jongler, une étude de cas et un débat.</li><li><b>Suivre, trier, veiller</b> : signal et bruit, les listes, et la question délicate des abonnements d’un organisme public.</li><li><b>Live-tweeter un événement</b> : préparer, citer avec justesse, raconter en fil, rester accessible et respectueux.</li></ol>",
        ),
        (
            "callout",
            {
                "kind": "key_idea",
                "title": "Twitter ou X ?",
                "text": "<p>Depuis 2023, Twitter s’appelle officiellement X, et l’on y parle de « posts » plutôt que de « tweets ». Nous gardons dans ce cours les mots que tout le monde utilise encore : tweet, retweet, live-tweet. Surtout, la plupart de ce que vous apprendrez ici vaut aussi pour les autres réseaux de microblogage.</p>",
            },
        ),
        (
            "key_points",
            {
                "title": "À la fin du cours, vous saurez",
                "points": [
                    "Rédiger une bio et choisir une photo qui disent clairement qui vous êtes et pour qui vous parlez.",
                    "Distinguer ce qui relève de votre parole personnelle et ce qui engage votre employeur.",
                    "Choisir, en connaissance de cause, entre un compte unique, deux comptes ou un compte d’organisation.",
                    "Composer un fil d’actualité et des listes de veille qui vous apportent du signal plutôt que du bruit.",
                    "Préparer et mener un live-tweet fidèle, lisible et accessible.",
                ],
            },
        ),
        (
            "paragraph",
            "<p>Un conseil pour bien commencer : ne cherchez pas à tout faire dès la première semaine. Lisez, observez, essayez un geste à la fois. Et n’hésitez pas à poser vos questions aux autres participants avec le mot-clé du cours : c’est en répondant aux questions des autres qu’on mesure tout ce qu’on a appris.</p>",
        ),
    ],
    "modules": [
        {
            "slug": "semaine-1-se-presenter",
            "title": "Semaine 1 — Se présenter",
            "summary": "Les gestes de base de Twitter, une bio qui dit qui vous êtes, une photo qui inspire confiance, et le témoignage d’une formatrice qui a mis des années à comprendre l’outil.",
            "intro": "Sur Twitter, on vous juge en quelques secondes : le temps de lire votre nom, votre bio et de voir votre photo. Avant de publier quoi que ce soit, cette semaine vous apprend à soigner cette première impression. Nous commençons par le vocabulaire et les gestes de base (mentionner, répondre, relayer, citer), puis nous travaillons votre bio et votre photo de profil. Vous terminerez par un témoignage : celui d’Armelle, qui a laissé dormir son compte pendant des années avant de comprendre, un jour, à quoi il pouvait lui servir.",
            "opens_after_days": None,
            "objectives": [
                (
                    "key_points",
                    {
                        "title": "Objectifs de la semaine",
                        "points": [
                            "Connaître les gestes de base et l’intention qui se cache derrière chacun : mention, réponse, retweet, citation, mot-clé.",
                            "Rédiger une bio de moins de 160 caractères qui dit ce que vous faites, de quoi vous parlez et pour qui.",
                            "Choisir une photo de profil et une bannière cohérentes avec l’usage de votre compte.",
                            "Observer quelques comptes de votre domaine pour repérer ce qui vous donne envie de les suivre.",
                        ],
                    },
                ),
            ],
            "steps": [
                {
                    "type": "lesson",
                    "slug": "les-gestes-de-base",
                    "title": "Les gestes de base : mentionner, répondre, relayer",
                    "summary": "Mention, réponse, retweet, citation, mot-clé : cinq gestes à connaître, chacun avec son intention et ses petites règles de politesse.",
                    "kind": "lesson",
                    "reading_minutes": 7,
                    "body": [
                        (
                            "paragraph",
                            "<p>Twitter ressemble à une grande conversation publique : chacun y parle à voix haute, et chacun choisit qui il écoute. Pour y prendre part sans maladresse, il faut d’abord connaître une poignée de gestes. Ils sont simples techniquement, mais chacun envoie un signal différent à la personne concernée et à ceux qui vous lisent. Les confondre, c’est un peu comme répondre à tout le monde dans un courriel qui ne concernait qu’une personne.</p>",
                        ),
                        ("heading", {"text": "Cinq gestes, cinq intentions", "level": "h2"}),
                        (
                            "paragraph",
                            "<ul><li><b>Mentionner</b> quelqu’un, c’est écrire son identifiant précédé d’une arobase (@) dans un message. La personne reçoit une notification : vous l’invitez dans la conversation. On mentionne pour remercier, pour citer une source, pour poser une question.</li><li><b>Répondre</b>, c’est rattacher votre message à celui d’un autre. Votre réponse s’affiche sous le message d’origine : elle est lue surtout par ceux qui suivent cet échange, beaucoup moins par l’ensemble de vos abonnés.</li><li><b>Retweeter</b>, c’est relayer un message tel quel auprès de vos abonnés. C’est le geste le plus rapide, mais aussi le plus ambigu : vos lecteurs ne savent pas si vous approuvez, si vous signalez ou si vous vous indignez.</li><li><b>Citer</b> un message (le « retweet avec commentaire »), c’est le relayer en ajoutant votre phrase. Vous donnez le contexte, vous dites pourquoi c’est utile.</li><li><b>Aimer</b> un message, c’est un signe discret à son auteur. Discret, mais public : vos « j’aime » sont visibles sur votre profil.</li></ul>",
                        ),
                        (
                            "example_post",
                            {
                                "author": "Médiathèque de Valbrune",
                                "handle": "mediavalbrune",
                                "text": "Merci à @ines_svt et à ses élèves de 5e pour leur exposition sur les insectes pollinisateurs, visible dans le hall jusqu’au 30 avril. Ne manquez pas les hôtels à abeilles fabriqués en classe ! #Valbrune",
                                "posted_on": "4 avril",
                                "comment": "La mention remercie et prévient la personne concernée. Un seul mot-clé, local, qui permet aux habitants de retrouver le message.",
                            },
                        ),
                        ("heading", {"text": "Retweet ou citation ?", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Un bon réflexe : retweetez quand le message se suffit à lui-même et que vous voulez simplement l’amplifier (une offre d’emploi, une fermeture exceptionnelle, une ressource claire). Citez quand vos abonnés ont besoin de savoir <i>pourquoi</i> vous le partagez : « utile pour les collègues de lycée », « voir surtout le tableau page 4 », « je ne suis pas d’accord avec la conclusion, mais la méthode est intéressante ».</p><p>Attention au revers de la citation : elle expose le message d’origine à votre propre public. Citer quelqu’un pour s’en moquer, c’est lui envoyer vos abonnés. Si vous êtes en désaccord, une réponse argumentée est presque toujours plus élégante, et plus efficace.</p>",
                        ),
                        (
                            "example_post",
                            {
                                "author": "Hélène Vidalenc",
                                "handle": "helene_veille",
                                "text": "Synthèse très utile pour qui accompagne des reconversions : les chiffres clés sont p. 4, la méthode d’enquête p. 12. Je la garde pour notre réunion de réseau jeudi.",
                                "posted_on": "18 mars",
                                "comment": "Une citation qui apporte quelque chose : où regarder, pour qui c’est utile. Le lecteur gagne du temps.",
                            },
                        ),
                        ("heading", {"text": "Les mots-clés, avec parcimonie", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Un mot-clé (ou hashtag) précédé du signe # rend votre message facile à retrouver par tous ceux qui cherchent ce mot. C’est un outil de classement, pas une décoration. Un ou deux par message suffisent. Avant d’en utiliser un, vérifiez qu’il existe et qu’il est bien employé dans le sens que vous croyez. Pour un événement, reprenez exactement celui des organisateurs : trois variantes orthographiques, c’est trois conversations dispersées.</p>",
                        ),
                        (
                            "example_post",
                            {
                                "author": "Compte fictif",
                                "handle": "atelier_exemple",
                                "text": "#Super #atelier #numérique à la #médiathèque ce #samedi pour #apprendre à #créer son #blog ! #culture #lecture #web",
                                "posted_on": "11 mai",
                                "comment": "À ne pas imiter : le message devient illisible, et un lecteur d’écran prononce « hashtag » devant chaque mot. Gardez un seul mot-clé, et écrivez une vraie phrase.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "La règle des deux mots-clés",
                                "text": "<p>Pas plus de deux mots-clés par message, placés de préférence en fin de phrase. Pour les mots-clés composés, mettez une majuscule à chaque mot (#FestivalDuLivre plutôt que #festivaldulivre) : c’est plus lisible pour tout le monde, et les lecteurs d’écran les prononcent correctement.</p>",
                            },
                        ),
                        (
                            "heading",
                            {"text": "Quelques usages qui font la différence", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            "<ul><li>Remerciez ceux qui vous relaient ou vous répondent, au moins au début : c’est ainsi que naissent les échanges.</li><li>Citez vos sources en mentionnant leur auteur, plutôt que de présenter comme une découverte personnelle ce que vous avez lu ailleurs.</li><li>Ne mentionnez pas quinze personnes dans un message pour obtenir des relais : c’est perçu comme du démarchage.</li><li>Lisez un article avant de le relayer. Un titre peut dire l’inverse du texte.</li><li>Quand un échange public s’envenime, proposez de le poursuivre en message privé. Répondre une fois, poliment, suffit souvent.</li></ul>",
                        ),
                        (
                            "key_points",
                            {
                                "title": "À retenir",
                                "points": [
                                    "La mention invite quelqu’un dans la conversation ; la réponse se rattache à un échange existant.",
                                    "Le retweet amplifie sans commenter ; la citation ajoute votre contexte, mais expose l’auteur à votre public.",
                                    "Un ou deux mots-clés par message, vérifiés, avec des majuscules pour les mots composés.",
                                    "Vos « j’aime » et vos retweets sont publics : ils disent quelque chose de vous.",
                                ],
                            },
                        ),
                        (
                            "think_about",
                            {
                                "question": "Repensez au dernier message que vous avez partagé, sur n’importe quel réseau. Un relais simple suffisait-il, ou fallait-il ajouter une phrase pour que vos lecteurs comprennent pourquoi vous le partagiez ?",
                                "hint": "Demandez-vous ce qu’un collègue qui vous lit sans vous connaître aurait pu en conclure.",
                            },
                        ),
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "ecrire-sa-bio",
                    "title": "Écrire une bio qui dit qui vous êtes",
                    "summary": "160 caractères pour dire ce que vous faites, de quoi vous parlez et pour qui vous parlez. Méthode, exemples et contre-exemples.",
                    "kind": "lesson",
                    "reading_minutes": 7,
                    "body": [
                        (
                            "paragraph",
                            "<p>Quand quelqu’un découvre l’un de vos messages et se demande s’il va vous suivre, il clique sur votre nom. Il lit votre bio en trois secondes, jette un œil à vos derniers messages, et décide. Votre bio est donc votre carte de visite, mais une carte de visite très courte : Twitter vous accorde 160 caractères, soit à peu près deux phrases.</p><p>Ce n’est pas un exercice de style. Une bonne bio permet aux bonnes personnes de vous trouver, de vous reconnaître et de comprendre à quel titre vous vous exprimez.</p>",
                        ),
                        (
                            "image",
                            {
                                "image": "profile-card",
                                "alt_text": "Schéma d’une carte de profil : une photo ronde, un nom, un identifiant, deux lignes de bio, un lieu et un lien.",
                                "caption": "Nom, identifiant, photo, bio, lieu et lien : les éléments que l’on voit avant de décider de vous suivre.",
                                "credit": "Illustration : Gazouillis",
                            },
                        ),
                        ("heading", {"text": "Trois questions, dans cet ordre", "level": "h2"}),
                        (
                            "paragraph",
                            "<ol><li><b>Que faites-vous ?</b> Votre métier, dit avec des mots que tout le monde comprend. « Professeure de SVT en collège » parle davantage que l’intitulé exact de votre poste.</li><li><b>De quoi parlez-vous ici ?</b> Les deux ou trois sujets que l’on trouvera dans vos messages. C’est la promesse que vous faites à vos futurs abonnés.</li><li><b>À quel titre parlez-vous ?</b> En votre nom propre, au nom d’une organisation, ou un peu des deux. Nous y reviendrons longuement en semaine 2.</li></ol><p>Une touche personnelle est la bienvenue : une passion, un trait d’humour, un lieu. Elle rend la bio humaine. Mais elle vient après l’essentiel, pas à sa place.</p>",
                        ),
                        ("heading", {"text": "Trois bios passées au crible", "level": "h2"}),
                        (
                            "example_post",
                            {
                                "author": "Bio n° 1",
                                "handle": "esprit_libre_42",
                                "text": "Curieux de tout. Rêveur invétéré. Café ☕ et pluie. Tout est lié. Ici et ailleurs.",
                                "posted_on": "Bio du profil",
                                "comment": "Joli, mais on ne sait ni ce que fait cette personne, ni de quoi elle va parler. Personne ne la suivra pour son métier.",
                            },
                        ),
                        (
                            "example_post",
                            {
                                "author": "Bio n° 2",
                                "handle": "cm_valorisation",
                                "text": "Chargé de mission valorisation et médiation / DGA Culture, Sport et Patrimoine / Direction des archives / Service des publics / Pôle action éducative et numérique / Projets transversaux",
                                "posted_on": "Bio du profil",
                                "comment": "Un extrait d’organigramme. Tout est exact, rien n’est parlant, et il ne reste aucune place pour dire ce que l’on trouvera dans les messages.",
                            },
                        ),
                        (
                            "example_post",
                            {
                                "author": "Marc-Antoine Delorme",
                                "handle": "ma_delorme",
                                "text": "Archiviste aux @archives_orvane. Je raconte l’histoire du territoire à partir de ses documents anciens : trouvailles, coulisses du métier. Ici à titre personnel.",
                                "posted_on": "Bio du profil",
                                "comment": "Le métier, les sujets, le cadre : tout y est, en moins de 160 caractères. La mention de l’employeur est assumée et précisée.",
                            },
                        ),
                        ("heading", {"text": "Les petits détails qui comptent", "level": "h2"}),
                        (
                            "paragraph",
                            "<ul><li><b>Les mots que l’on cherche.</b> Les bios sont prises en compte par la recherche : « bibliothécaire », « insertion », « histoire locale » vous rendent trouvable.</li><li><b>Le lieu.</b> Indiquer votre ville ou votre région aide les acteurs de votre territoire à vous repérer. Rien ne vous oblige à être précis.</li><li><b>Le lien.</b> Une page qui vous présente mieux : votre blog, la page de votre projet, un profil professionnel.</li><li><b>Les mentions.</b> Mentionner votre employeur dans la bio crée un lien cliquable vers son compte. C’est clair, mais cela vous associe à lui dans chaque message.</li><li><b>La mise à jour.</b> Une bio qui annonce un poste quitté depuis deux ans trouble vos lecteurs. Relisez-la à chaque changement.</li></ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Le test de l’inconnu",
                                "text": "<p>Montrez votre bio à quelqu’un qui ne vous connaît pas, ou peu. Demandez-lui de dire en une phrase ce que vous faites et pourquoi il vous suivrait. S’il hésite, votre bio est trop vague ; s’il vous récite votre organigramme, elle est trop administrative.</p>",
                            },
                        ),
                        (
                            "quote",
                            {
                                "quote": "J’ai réécrit ma bio quatre fois la première semaine. La dernière version est la plus courte, et c’est la seule qui m’a valu des messages de collègues que je ne connaissais pas.",
                                "attribution": "Inès Marchal, professeure de SVT",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "À retenir",
                                "points": [
                                    "Répondez d’abord à trois questions : ce que vous faites, de quoi vous parlez, à quel titre.",
                                    "Préférez les mots de tout le monde aux intitulés de poste.",
                                    "Une touche personnelle humanise, à condition de venir après l’essentiel.",
                                    "Mentionner son employeur est un choix : c’est clair, mais cela vous associe à lui.",
                                ],
                            },
                        ),
                        (
                            "think_about",
                            {
                                "question": "Rédigez deux versions de votre bio : l’une très sobre, l’autre avec une touche personnelle. Laquelle donnerait envie de vous suivre à un collègue d’une autre ville ?",
                                "hint": "Comptez vos caractères : 160 au maximum, espaces compris.",
                            },
                        ),
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "choisir-sa-photo",
                    "title": "Photo de profil, bannière et nom affiché",
                    "summary": "Un visage bien cadré, une bannière qui situe votre activité, un nom lisible : comment inspirer confiance avant même le premier message.",
                    "kind": "lesson",
                    "reading_minutes": 6,
                    "body": [
                        (
                            "paragraph",
                            "<p>Votre photo de profil accompagne chacun de vos messages, en tout petit : quelques millimètres à l’écran d’un téléphone. C’est pourtant elle que vos abonnés reconnaissent en faisant défiler leur fil. Un compte sans photo, avec la silhouette grise proposée par défaut, envoie un message clair : compte abandonné, compte de débutant, voire faux compte. Beaucoup de gens ne suivent pas un profil sans visage.</p>",
                        ),
                        ("heading", {"text": "Un visage, de près", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Pour un compte à votre nom, rien ne vaut votre visage. Quelques critères simples :</p><ul><li>le visage occupe l’essentiel du cadre : l’image sera recadrée en cercle et réduite ;</li><li>un fond simple et une bonne lumière, de préférence naturelle ;</li><li>une photo récente, dans laquelle on vous reconnaîtra si l’on vous croise dans un colloque ;</li><li>la même photo sur vos différents réseaux professionnels, pour être identifié d’un coup d’œil ;</li><li>un registre cohérent avec votre usage : ni photo d’identité figée, ni photo de vacances en maillot.</li></ul><p>Un dessin ou un avatar illustré est possible si vous tenez à une certaine discrétion, mais sachez qu’il crée un peu plus de distance avec vos lecteurs.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Droit à l’image",
                                "text": "<p>N’utilisez pas une photo sur laquelle figurent d’autres personnes, et jamais une photo avec des élèves, des patients ou des usagers. Si votre portrait a été réalisé par un photographe, vérifiez que vous avez le droit de l’utiliser sur un réseau social.</p>",
                            },
                        ),
                        ("heading", {"text": "Logo ou visage ?", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>La règle est simple : <b>un compte d’organisation prend un logo, un compte de personne prend un visage</b>. Les situations intermédiaires brouillent le message. Une photo de vous avec le logo de votre employeur incrusté dans un coin laisse penser que vous êtes son porte-parole ; un logo sur un compte tenu par une personne identifiée empêche de savoir à qui l’on parle.</p><p>Si vous animez le compte de votre établissement, gardez le logo pour ce compte et votre visage pour le vôtre. Vos interlocuteurs sauront toujours qui leur répond.</p>",
                        ),
                        (
                            "example_post",
                            {
                                "author": "Odile Kerjean",
                                "handle": "odile_kerjean",
                                "text": "Nouvelle photo de profil : j’ai enfin remplacé le coucher de soleil flou par mon visage. À la réunion des partenaires, trois personnes m’ont dit « ah, c’est donc vous ! ». Leçon retenue.",
                                "posted_on": "7 octobre",
                                "comment": "Un visage reconnaissable facilite le passage de l’écran à la rencontre, et inversement.",
                            },
                        ),
                        ("heading", {"text": "La bannière, votre second message", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>La grande image horizontale en haut de votre profil (la bannière) se voit moins souvent que la photo, mais elle situe votre activité : le paysage de votre territoire, la façade de votre médiathèque, un atelier en cours, le titre d’un projet. Évitez d’y mettre beaucoup de texte : il sera tronqué ou illisible sur téléphone.</p><p>Vérifiez aussi ce qui traîne à l’arrière-plan. Un tableau blanc couvert de noms, un planning affiché au mur ou l’écran d’un ordinateur peuvent révéler bien plus que vous ne le pensez.</p>",
                        ),
                        ("heading", {"text": "Le nom affiché et l’identifiant", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Votre <b>identifiant</b> (ce qui suit l’arobase) est court, 15 caractères au maximum, et sert à vous mentionner. Choisissez-le simple à retenir et à taper : votre nom, ou votre prénom et votre métier. Évitez les chiffres au hasard, qui font penser à un compte automatique. Votre <b>nom affiché</b> est plus libre : vous pouvez y ajouter votre métier (« Inès Marchal · SVT »).</p><p>Un pseudonyme est tout à fait légitime, notamment pour se protéger du harcèlement ou garder une frontière avec son employeur. Mais pour un usage professionnel, il rend plus difficile de vous reconnaître et de vous faire confiance. C’est un arbitrage à faire consciemment.</p>",
                        ),
                        (
                            "key_points",
                            {
                                "title": "À retenir",
                                "points": [
                                    "Un compte sans photo inspire peu confiance : mettez un visage bien cadré, récent et reconnaissable.",
                                    "Un logo pour une organisation, un visage pour une personne : évitez les mélanges.",
                                    "La bannière situe votre activité ; vérifiez ce qu’on voit à l’arrière-plan.",
                                    "Un identifiant court et prononçable, un nom affiché qui peut préciser votre métier.",
                                ],
                            },
                        ),
                        (
                            "think_about",
                            {
                                "question": "Si un partenaire vous croisait demain dans un salon professionnel, vous reconnaîtrait-il grâce à votre photo de profil actuelle ?",
                                "hint": "Si la réponse est non, c’est peut-être le moment de la changer.",
                            },
                        ),
                    ],
                },
                {
                    "type": "testimonial",
                    "format": "testimony",
                    "slug": "temoignage-le-declic",
                    "title": "Témoignage : « Le jour où j’ai compris à quoi servait mon compte »",
                    "summary": "Armelle, formatrice en soins infirmiers, a laissé dormir son compte pendant des années. Une journée d’étude suivie depuis sa cuisine a tout changé.",
                    "intro": "Armelle Quéré est cadre de santé et forme de futurs infirmiers. Elle a ouvert un compte Twitter bien avant de savoir quoi en faire, l’a abandonné, puis l’a redécouvert par hasard. Elle raconte ici ce déclic, et ce qu’elle a changé ensuite dans sa façon d’utiliser l’outil.",
                    "tags": ["premiers pas", "veille", "live-tweet"],
                    "witness": "armelle_ifsi",
                    "body": [
                        ("heading", {"text": "Un compte ouvert pour faire plaisir", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>J’ai créé mon compte il y a une dizaine d’années, lors d’un congrès où le service communication de l’hôpital distribuait des conseils pour « être présents sur les réseaux ». J’ai rempli le formulaire, accepté toutes les suggestions d’abonnement qu’on me proposait (des journaux nationaux, deux ou trois célébrités, un ministère) et j’ai regardé défiler un fil qui ne me concernait en rien. Je n’ai jamais mis de photo. Je n’ai rien publié. Au bout de quinze jours, je n’y retournais plus.</p><p>Pendant des années, quand on me parlait de Twitter, je répondais que ce n’était pas pour moi : un endroit où des gens pressés commentent l’actualité en s’invectivant. Ce n’était pas faux. C’était simplement ce que j’avais choisi d’y voir, sans le savoir.</p>",
                        ),
                        (
                            "heading",
                            {"text": "Une journée d’étude depuis ma cuisine", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            "<p>Le déclic est venu un jour où je devais assister à une journée régionale sur la simulation en santé, un sujet qui me passionne. Ma fille avait de la fièvre, je suis restée à la maison, frustrée. Une collègue m’a envoyé un texto : « Suis le mot-clé de la journée, plusieurs personnes tweetent en direct. » J’ai retrouvé mon mot de passe, tapé le mot-clé dans la recherche, et j’ai passé la journée à suivre les conférences depuis ma table de cuisine.</p><p>Ce que j’ai vu m’a surprise. Une dizaine de participants résumaient chaque intervention, photographiaient les schémas importants, citaient les phrases fortes. L’une d’elles précisait toujours le nom et le compte de l’intervenant. À un moment, j’ai posé une question sous l’un de ces messages, un peu au hasard. Dix minutes plus tard, la participante l’avait transmise à l’oratrice pendant les échanges avec la salle, et elle m’a écrit la réponse. J’étais chez moi, en pyjama, et je participais à la journée.</p>",
                        ),
                        (
                            "quote",
                            {
                                "quote": "Ce jour-là, j’ai compris que Twitter n’était pas un journal que l’on reçoit, mais un kiosque dont on est soi-même la rédactrice en chef.",
                                "attribution": "Armelle Quéré",
                            },
                        ),
                        ("heading", {"text": "Faire le ménage, puis écouter", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Le soir même, j’ai fait le ménage. Je me suis désabonnée de tous les comptes que je n’avais pas choisis. J’ai suivi une à une les personnes qui avaient live-tweeté la journée, puis quelques comptes qu’elles citaient souvent : des formateurs, des infirmières de pratique avancée, deux chercheuses en sciences de l’éducation, une association d’étudiants. Une trentaine de comptes en tout. Mon fil est devenu, du jour au lendemain, un endroit où il se passait des choses pour moi.</p><p>Pendant deux mois, je n’ai presque rien publié. J’ai lu, j’ai aimé des messages, j’ai répondu de temps en temps pour remercier ou poser une question. C’est, je crois, le meilleur conseil que je puisse donner : on n’a pas besoin de savoir quoi dire pour commencer. On commence par écouter, et l’envie de dire vient toute seule, souvent sous la forme d’une réponse.</p><p>Mon premier message qui a vraiment circulé était justement une question : je cherchais des exemples de scénarios de simulation sur l’annonce d’une mauvaise nouvelle. J’ai reçu une quinzaine de réponses, dont celle d’un formateur d’une autre région avec qui j’ai depuis monté un atelier commun.</p>",
                        ),
                        (
                            "example_post",
                            {
                                "author": "Armelle Quéré",
                                "handle": "armelle_ifsi",
                                "text": "Question aux collègues formateurs : avez-vous des scénarios de simulation sur l’annonce d’une mauvaise nouvelle, pour des étudiants de 2e année ? Je prends aussi les retours d’expérience, même ratés ! #SimulationSanté",
                                "posted_on": "14 novembre",
                                "comment": "Une vraie question, précise, adressée à une communauté identifiée : c’est souvent le meilleur premier message.",
                            },
                        ),
                        ("heading", {"text": "Ce que je m’interdis", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Dans mon métier, la prudence est une seconde nature, et je l’ai gardée en ligne. Je ne parle jamais d’un patient, même de façon anonyme : une date, un service et un détail suffisent pour que quelqu’un se reconnaisse. Je ne commente pas la politique de mon établissement. Je ne publie aucune photo d’étudiants sans leur accord écrit. Ma bio précise que je m’exprime à titre personnel, mais je sais que cela ne me dispense pas du secret professionnel.</p><p>Pour le reste, je me suis autorisée à être moi-même. Je parle de pédagogie, de lectures, de mes doutes de formatrice, parfois de mon jardin. Mes étudiants me suivent, certains anciens aussi, et je trouve ça plutôt bien : ils voient qu’on peut utiliser ces outils pour apprendre plutôt que pour se disputer.</p>",
                        ),
                        ("heading", {"text": "Si c’était à refaire", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Si je devais recommencer, je ne suivrais personne par défaut. Je chercherais d’abord un événement de mon domaine qui a un mot-clé, je repérerais qui en parle bien, et je suivrais ces personnes-là. Je mettrais une photo dès le premier jour. Et je me donnerais un mois pour observer avant de juger.</p><p>Aujourd’hui, c’est mon premier outil de veille, loin devant les lettres d’information que je ne lis plus. Ce n’est pas l’outil qui a changé en dix ans. C’est moi qui ai enfin compris que c’était à moi de le composer.</p>",
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "semaine-2-parler-au-nom-de",
            "title": "Semaine 2 — Parler en son nom, parler au nom de…",
            "summary": "Ce que vaut l’avertissement « mes tweets n’engagent que moi », ce que le devoir de réserve impose aux agents publics, et comment tenir le compte d’une organisation.",
            "intro": "Dès que votre bio mentionne votre métier ou votre employeur, vos messages sont lus à travers lui. Cette semaine, nous démêlons ce qui relève de votre parole personnelle et ce qui engage votre organisation. Nous regardons de près la formule « mes tweets n’engagent que moi » : ce qu’elle protège, et surtout ce qu’elle ne protège pas. Nous détaillons les obligations des agents publics, puis nous passons de l’autre côté : comment tenir le compte d’une organisation, et quelle charte écrire pour que chacun sache qui parle. Six praticiens confrontent enfin leurs choix dans une table ronde.",
            "opens_after_days": 7,
            "objectives": [
                (
                    "key_points",
                    {
                        "title": "Objectifs de la semaine",
                        "points": [
                            "Comprendre ce que protège un avertissement dans la bio, et ce qu’il ne protège pas.",
                            "Connaître les obligations de discrétion, de neutralité et de réserve des agents publics, et leur portée réelle.",
                            "Savoir ce que doit contenir une charte d’usage des réseaux sociaux, pour un compte d’organisation comme pour les salariés.",
                            "Appliquer à vos propres messages le « test de la une du journal local ».",
                        ],
                    },
                ),
            ],
            "steps": [
                {
                    "type": "lesson",
                    "slug": "mes-tweets-n-engagent-que-moi",
                    "title": "« Mes tweets n’engagent que moi » : ce que dit cet avertissement",
                    "summary": "La formule est partout dans les bios. Elle clarifie votre position, mais elle n’est ni un bouclier juridique ni une autorisation de tout dire.",
                    "kind": "lesson",
                    "reading_minutes": 8,
                    "body": [
                        (
                            "paragraph",
                            "<p>« Mes tweets n’engagent que moi », « opinions personnelles », « les RT ne valent pas approbation » : ces formules fleurissent dans les bios de tous ceux qui mentionnent leur employeur. Elles partent d’une bonne intention. Il est utile de savoir précisément ce qu’elles font, et ce qu’elles ne font pas.</p>",
                        ),
                        ("heading", {"text": "Ce que l’avertissement apporte", "level": "h2"}),
                        (
                            "paragraph",
                            "<ul><li><b>Il informe vos lecteurs</b> que vous n’êtes pas le porte-parole officiel de votre organisation. Un journaliste pressé ou un usager mécontent saura que votre message n’est pas un communiqué.</li><li><b>Il montre que vous avez réfléchi</b> à la question. Aux yeux de votre employeur, c’est un signe de sérieux.</li><li><b>Il fixe un cadre</b> pour vous-même : en l’écrivant, vous vous engagez implicitement à ne pas parler au nom de votre structure.</li></ul>",
                        ),
                        ("heading", {"text": "Ce qu’il ne protège pas", "level": "h2"}),
                        (
                            "paragraph",
                            "<ul><li><b>La loi s’applique à tous les messages.</b> Diffamation, injure, harcèlement, atteinte à la vie privée : aucune mention dans une bio n’y change rien. Et relayer un message, c’est le diffuser à nouveau : un retweet peut vous être reproché au même titre qu’un message que vous auriez écrit.</li><li><b>Vos obligations professionnelles continuent.</b> Un salarié reste tenu à la loyauté envers son employeur et à la confidentialité de ce qu’il apprend dans son travail. Un agent public reste tenu à la discrétion professionnelle et à la réserve (voir la leçon suivante).</li><li><b>Votre réputation, et celle de votre employeur, restent liées.</b> Si votre bio dit où vous travaillez, chaque message sera lu en fonction de cela, avertissement ou pas. Les lecteurs retiennent le nom de l’organisation, pas la petite phrase.</li></ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Pas un bouclier",
                                "text": "<p>L’avertissement clarifie qui parle ; il ne rend pas acceptable un message qui ne l’était pas. Un propos dénigrant envers votre employeur, un partenaire ou un usager reste un propos dénigrant, quelle que soit votre bio.</p>",
                            },
                        ),
                        (
                            "example_post",
                            {
                                "author": "Samia Belkacem",
                                "handle": "samia_tremplin",
                                "text": "Coordinatrice de @tremplin_rives : insertion, emploi et vie associative au bord de la Rivelle. Je parle ici en mon nom ; la parole de l’association, c’est sur son compte.",
                                "posted_on": "Bio du profil",
                                "comment": "Plus qu’une formule toute faite : la bio indique où trouver la parole officielle. Le lecteur sait à quoi s’en tenir.",
                            },
                        ),
                        (
                            "example_post",
                            {
                                "author": "Compte fictif",
                                "handle": "agent_exemple",
                                "text": "Encore une réunion pour rien avec le service emploi de la mairie. Des incompétents à tous les étages, et on s’étonne que rien n’avance…",
                                "posted_on": "22 janvier",
                                "comment": "La bio de ce compte dit « mes tweets n’engagent que moi » et cite l’employeur. Le partenaire visé, lui, retiendra que c’est l’association qui le traite d’incompétent.",
                            },
                        ),
                        ("heading", {"text": "Le test de la une du journal local", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Avant de publier un message qui touche à votre métier, à votre employeur ou à ses partenaires, imaginez-le en une du journal local, avec votre nom, votre fonction et le nom de votre organisation en légende. Seriez-vous à l’aise ? Votre directrice le serait-elle ? Vos usagers comprendraient-ils ? Si la réponse est non à l’une de ces questions, reformulez, ou gardez-le pour une conversation de vive voix.</p><p>Ce test ne vous interdit pas d’avoir des opinions. Il vous invite à les exprimer dans une forme que vous pourriez assumer partout, y compris face aux personnes concernées.</p>",
                        ),
                        (
                            "heading",
                            {"text": "Plus on monte, moins la formule protège", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            "<p>Quand une directrice d’établissement, un élu ou un responsable de service écrit « à titre personnel », le public entend rarement la nuance. Plus votre poste est visible, plus vos propos sont naturellement associés à votre structure. À l’inverse, un salarié sans responsabilité d’encadrement qui parle de son quotidien de travail a beaucoup plus de latitude. Adaptez votre prudence à votre place dans l’organisation, pas seulement à votre bio.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Enfin, préférez une formule qui dit quelque chose de concret à une formule rituelle. « Je parle de mon métier à titre personnel ; l’actualité de la médiathèque est sur son compte » est plus utile que « mes tweets n’engagent que moi », parce qu’elle indique où trouver la parole officielle.</p>",
                        ),
                        (
                            "key_points",
                            {
                                "title": "À retenir",
                                "points": [
                                    "L’avertissement informe vos lecteurs et montre votre sérieux : c’est une politesse, pas une protection.",
                                    "La loi et vos obligations professionnelles s’appliquent quelle que soit votre bio ; un retweet est une diffusion.",
                                    "Si vous citez votre employeur, vos messages seront lus à travers lui.",
                                    "Plus votre poste est exposé, plus vos propos engagent votre structure.",
                                ],
                            },
                        ),
                        (
                            "testimonial_link",
                            {
                                "slug": "table-ronde-se-presenter",
                                "text": "Six professionnels racontent ce qu’ils ont mis dans leur bio, et comment ils gèrent la frontière entre leur parole et celle de leur organisation.",
                            },
                        ),
                        (
                            "think_about",
                            {
                                "question": "Si votre bio mentionne votre employeur, relisez vos vingt derniers messages : lequel aurait pu être lu comme une prise de position de votre organisation ?",
                                "hint": "Pensez aussi à vos retweets et à vos « j’aime », qui sont visibles sur votre profil.",
                            },
                        ),
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "agents-publics-devoir-de-reserve",
                    "title": "Agents publics : réserve, discrétion et neutralité",
                    "summary": "Fonctionnaires et contractuels gardent leur liberté d’opinion, mais son expression est encadrée. Ce que recouvrent vraiment ces obligations, et comment les vivre sur Twitter.",
                    "kind": "lesson",
                    "reading_minutes": 8,
                    "body": [
                        (
                            "paragraph",
                            "<p>Enseignants, bibliothécaires territoriaux, agents de collectivité, personnels hospitaliers : si vous êtes agent public, titulaire ou contractuel, vous avez la liberté d’opinion comme tout citoyen. Mais l’expression de ces opinions, y compris en dehors du service et sur un compte personnel, est encadrée. Beaucoup d’agents en concluent qu’ils n’ont « pas le droit d’être sur Twitter ». C’est faux. Il s’agit de savoir ce que recouvre chaque obligation.</p>",
                        ),
                        (
                            "heading",
                            {"text": "Quatre obligations à ne pas confondre", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            "<ul><li><b>La neutralité</b> s’impose dans l’exercice de vos fonctions : vous traitez tous les usagers de la même façon, sans manifester vos opinions politiques ou religieuses. Elle concerne au premier chef les comptes de service que vous animez.</li><li><b>La discrétion professionnelle</b> vous interdit de divulguer les faits, informations et documents dont vous avez connaissance dans votre travail, sauf s’ils sont déjà publics ou si votre hiérarchie vous y autorise.</li><li><b>Le secret professionnel</b> protège les informations sur les personnes (santé, situation sociale, scolarité…). Le violer est une infraction pénale.</li><li><b>L’obligation de réserve</b> impose une certaine retenue dans l’expression publique de vos opinions, même en dehors du service. Elle n’est pas détaillée dans un texte : c’est le juge administratif qui en a précisé les contours, au cas par cas.</li></ul>",
                        ),
                        ("heading", {"text": "Une réserve à géométrie variable", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>L’obligation de réserve ne s’applique pas de la même manière à tous. Son intensité dépend notamment :</p><ul><li>de votre <b>place dans la hiérarchie</b> : un directeur général des services est tenu à bien plus de retenue qu’un agent d’accueil ;</li><li>de la <b>nature de vos fonctions</b> : certains métiers, liés à l’autorité de l’État ou à la sécurité, sont plus exposés ;</li><li>du <b>contexte</b> : une période électorale, une crise locale, un sujet qui touche directement votre administration ;</li><li>de la <b>publicité</b> donnée à vos propos : un compte public suivi par la presse locale n’est pas une conversation entre amis.</li></ul><p>Les représentants syndicaux disposent d’une latitude plus grande lorsqu’ils s’expriment dans le cadre de leur mandat. Et la réserve ne vous interdit pas de critiquer une politique publique : elle vous demande de le faire avec mesure, sans outrance, sans dénigrer votre administration ni ses agents.</p>",
                        ),
                        (
                            "example_post",
                            {
                                "author": "Compte fictif",
                                "handle": "agent_discret",
                                "text": "Réunion ce matin sur le projet de piscine intercommunale. Si vous saviez ce qui se prépare… Je n’ai pas le droit d’en dire plus, mais ça va faire du bruit 😏",
                                "posted_on": "3 juin",
                                "comment": "Aucun détail n’est donné, et pourtant la discrétion professionnelle est mise à mal : le message laisse entendre une information interne et jette le trouble sur un projet en cours.",
                            },
                        ),
                        (
                            "example_post",
                            {
                                "author": "Marc-Antoine Delorme",
                                "handle": "ma_delorme",
                                "text": "Trouvaille de la semaine dans nos fonds : un registre de délibérations de 1793 où un conseil municipal débat pendant trois séances… du prix du pain. Consultable en salle de lecture. #Archives #HistoireLocale",
                                "posted_on": "12 février",
                                "comment": "Parler de son métier avec passion, faire connaître un service public : rien dans le devoir de réserve ne s’y oppose, bien au contraire.",
                            },
                        ),
                        ("heading", {"text": "Concrètement, sur Twitter", "level": "h2"}),
                        (
                            "paragraph",
                            "<p><b>Vous pouvez sans crainte :</b></p><ul><li>parler de votre métier, de ses savoir-faire, de ses évolutions ;</li><li>relayer les informations publiques de votre service (horaires, événements, offres d’emploi) ;</li><li>partager des ressources professionnelles et échanger avec vos pairs ;</li><li>rectifier poliment une erreur factuelle, en renvoyant vers la source officielle.</li></ul><p><b>Vous devriez éviter :</b></p><ul><li>de commenter les décisions de votre hiérarchie ou de vos élus ;</li><li>de prendre parti dans une polémique locale qui concerne votre administration ;</li><li>d’annoncer une information avant sa communication officielle ;</li><li>de répondre publiquement à la situation individuelle d’un usager : orientez-le vers le bon canal ;</li><li>de vous présenter, même implicitement, comme parlant au nom de votre administration.</li></ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Les périodes électorales",
                                "text": "<p>Dans les mois qui précèdent une élection, le code électoral encadre strictement la communication institutionnelle des collectivités. Sur les comptes de service, pas de mise en valeur des réalisations des élus sortants, pas de relais de candidats. Sur votre compte personnel, redoublez de prudence si vous êtes identifiable comme agent de la collectivité concernée.</p>",
                            },
                        ),
                        (
                            "quote",
                            {
                                "quote": "Avant de publier, je me pose une seule question : est-ce que je pourrais dire la même chose au guichet, devant un lecteur que je ne connais pas ?",
                                "attribution": "Marc-Antoine Delorme, attaché de conservation",
                            },
                        ),
                        (
                            "paragraph",
                            "<p>Cette leçon donne des repères, pas une consultation juridique. Si vous avez un doute sur une situation précise, votre service des ressources humaines, la charte de votre administration ou un représentant du personnel sont de bons interlocuteurs. Mieux vaut une question posée avant qu’une explication donnée après.</p>",
                        ),
                        (
                            "key_points",
                            {
                                "title": "À retenir",
                                "points": [
                                    "Les agents publics ont la liberté d’opinion ; c’est son expression publique qui est encadrée.",
                                    "Neutralité, discrétion, secret professionnel et réserve sont quatre obligations distinctes.",
                                    "La réserve varie selon votre niveau hiérarchique, vos fonctions, le contexte et l’audience de vos propos.",
                                    "Parler de son métier et valoriser son service est non seulement permis, mais souvent bienvenu.",
                                ],
                            },
                        ),
                        (
                            "think_about",
                            {
                                "question": "Quel sujet d’actualité de votre territoire ou de votre secteur vous donne envie de réagir ? Comment pourriez-vous en parler sans manquer à la réserve, ou faut-il vous abstenir ?",
                                "hint": "Distinguez l’information factuelle, que vous pouvez souvent relayer, du jugement sur les décisions de votre administration.",
                            },
                        ),
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "tenir-le-compte-d-une-organisation",
                    "title": "Tenir le compte d’une organisation : qui parle, et comment",
                    "summary": "Voix institutionnelle ou équipe identifiée, charte, validation, réponses aux usagers : les règles du jeu quand vous parlez au nom de votre structure.",
                    "kind": "lesson",
                    "reading_minutes": 8,
                    "body": [
                        (
                            "paragraph",
                            "<p>Médiathèque, collège, association, communauté de communes : de nombreuses structures ont un compte à leur nom, et c’est souvent un salarié qui l’anime, parfois en plus de ses autres missions. Parler au nom d’une organisation n’a rien à voir avec parler en son nom propre. Chaque message, chaque retweet, chaque abonnement engage la structure. Il faut donc savoir qui parle, avec quelle voix, et jusqu’où.</p>",
                        ),
                        (
                            "heading",
                            {
                                "text": "Une voix anonyme ou des personnes identifiées ?",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            "<p>Deux modèles coexistent. Dans le premier, le compte parle d’une <b>voix institutionnelle</b>, sans que l’on sache qui écrit. C’est sobre, mais souvent froid : on a l’impression de s’adresser à un guichet automatique. Dans le second, l’<b>équipe est identifiée</b> : la bio indique qui anime le compte, et chaque message est signé par des initiales. Les usagers savent à qui ils parlent, et les échanges deviennent plus humains.</p><p>Le second modèle demande un peu plus d’organisation, mais il a un avantage précieux : il évite que l’animateur du compte se retrouve à porter seul, anonymement, la parole de toute la structure.</p>",
                        ),
                        (
                            "example_post",
                            {
                                "author": "Médiathèque de Valbrune",
                                "handle": "mediavalbrune",
                                "text": "La médiathèque sera fermée lundi 1er mai. Réouverture mardi à 10 h, avec les nouveautés BD que vous attendiez. Bon week-end prolongé ! ^BR",
                                "posted_on": "28 avril",
                                "comment": "Les initiales en fin de message indiquent qui a écrit. La bio du compte donne la liste des signataires.",
                            },
                        ),
                        ("heading", {"text": "Une charte, même d’une page", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Une charte n’a pas besoin d’être longue. Elle doit surtout répondre par écrit aux questions qui, sinon, se posent au pire moment :</p><ul><li><b>À quoi sert le compte</b>, et pour quels publics ?</li><li><b>Qui peut publier</b>, et qui a les accès ?</li><li><b>Qu’est-ce qui doit être validé</b> avant publication, et par qui ? (Souvent : les annonces officielles, les sujets sensibles. Pas les rappels d’horaires.)</li><li><b>Quel ton</b> : tutoiement ou vouvoiement, humour ou non, émojis ou non ?</li><li><b>Comment répondre</b> : dans quels délais, sur quels sujets, quand rediriger vers un autre canal ?</li><li><b>Qui suivre et que relayer</b> (nous y reviendrons en semaine 4) ?</li><li><b>Que faire en cas de crise</b> : une erreur, un message qui déclenche une polémique, un compte piraté ?</li></ul>",
                        ),
                        (
                            "heading",
                            {"text": "Répondre, rediriger, ne jamais se disputer", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            "<p>Un compte d’organisation reçoit des questions, des remerciements et des réclamations. Répondez aux questions utiles, même brièvement : une réponse publique sert aussi à ceux qui se posaient la même question. Dès qu’une situation individuelle est en jeu (un dossier, un abonnement, une donnée personnelle), proposez de poursuivre en message privé ou par le canal adapté. Reconnaissez les erreurs simplement. Et ne vous laissez jamais entraîner dans une dispute : une réponse factuelle et courtoise, puis on s’arrête.</p>",
                        ),
                        (
                            "example_post",
                            {
                                "author": "Médiathèque de Valbrune",
                                "handle": "mediavalbrune",
                                "text": "@lecteur_presse Bonjour, vous avez raison, l’automate de prêt était en panne samedi. Il est réparé. Pour votre carte, écrivez-nous en message privé avec votre numéro d’adhérent : on regarde ça dès demain. ^BR",
                                "posted_on": "15 mai",
                                "comment": "On reconnaît le problème, on dit ce qui a été fait, on bascule en privé pour les données personnelles. Pas de justification interminable.",
                            },
                        ),
                        ("heading", {"text": "Et vos propres messages ?", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Beaucoup d’employeurs se dotent aussi d’une charte destinée aux salariés qui parlent de leur travail sur leurs comptes personnels. Elle ne peut pas vous interdire toute expression : les restrictions doivent être justifiées et proportionnées. Elle peut en revanche vous demander de ne pas divulguer d’informations internes, de ne pas utiliser le logo de la structure sur votre profil, ou de préciser votre fonction quand vous parlez d’un sujet lié à votre employeur. Lisez-la : elle vous protège aussi, en fixant ce qui est attendu de vous.</p><p>Si votre structure n’a pas de charte, proposez d’en écrire une. C’est souvent la personne qui anime le compte qui est la mieux placée pour en rédiger le premier jet.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Deux voix bien séparées",
                                "text": "<p>Si vous animez le compte de votre structure et avez aussi un compte à votre nom, relayez depuis votre compte ce que publie l’organisation, mais jamais l’inverse sans réflexion. Le compte de l’organisation n’a pas à amplifier vos opinions personnelles.</p>",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "À retenir",
                                "points": [
                                    "Sur un compte d’organisation, chaque message, relais ou abonnement engage la structure.",
                                    "Identifier l’équipe qui anime le compte rend les échanges plus humains et partage la responsabilité.",
                                    "Une charte d’une page répond aux questions clés : but, accès, validation, ton, réponses, crise.",
                                    "Répondez, redirigez vers le privé pour les situations individuelles, ne vous disputez jamais.",
                                ],
                            },
                        ),
                        (
                            "testimonial_link",
                            {
                                "slug": "table-ronde-se-presenter",
                                "text": "Odile, Bastien et Samia animent chacun le compte d’une structure : lisez comment ils séparent cette parole de la leur.",
                            },
                        ),
                        (
                            "think_about",
                            {
                                "question": "Votre structure a-t-elle une charte d’usage des réseaux sociaux ? Si oui, que dit-elle de vos comptes personnels ? Sinon, quelles seraient les trois règles les plus urgentes à écrire ?",
                                "hint": "Pensez à ce qui s’est mal passé, ou a failli mal se passer, dans votre structure ou une structure voisine.",
                            },
                        ),
                    ],
                },
                {
                    "type": "testimonial",
                    "format": "round_table",
                    "layout": "side_by_side",
                    "slug": "table-ronde-se-presenter",
                    "title": "Table ronde : se présenter, et parler pour qui ?",
                    "summary": "Six professionnels expliquent leur bio, leur photo de profil et la façon dont ils séparent leur parole de celle de leur organisation. Ils ne sont pas tous d’accord.",
                    "intro": "Nous avons posé les mêmes quatre questions à six participants : une enseignante, un bibliothécaire, une chargée de communication publique, un archiviste, une coordinatrice associative et une documentaliste. Leurs réponses montrent qu’il n’existe pas une seule bonne manière de se présenter, mais quelques choix à faire en connaissance de cause. Lisez-les en vous demandant de qui vous vous sentez le plus proche, et sur quel point vous n’êtes pas d’accord.",
                    "tags": ["bio", "photo de profil", "parler au nom de", "devoir de réserve"],
                    "questions": [
                        {
                            "question": "Que raconte votre bio, et comment l’avez-vous écrite ?",
                            "answers": [
                                {
                                    "participant": "ines_svt",
                                    "answer": "<p>Elle tient en une ligne : « Prof de SVT en collège rural. Sorties de terrain, pédagogie active, un peu d’astronomie. » Avant de l’écrire, j’ai lu les bios d’une vingtaine de collègues que j’aimais suivre, et j’ai remarqué que les plus efficaces étaient les plus courtes. Je ne nomme pas mon collège : mes élèves n’ont pas besoin de me trouver en deux clics, et je ne veux pas que l’établissement soit associé à chacun de mes messages.</p>",
                                },
                                {
                                    "participant": "bastien_biblio",
                                    "answer": "<p>« Bibliothécaire le jour, cycliste le dimanche. Numérique, lecture publique et ateliers pour tous. » J’ai tenu à la petite touche de vélo : c’est elle qui lance la moitié des conversations avec des gens qui ne sont pas bibliothécaires. Je mentionne le compte de la médiathèque, parce que tout le monde sait que j’y travaille et que cela renvoie les lecteurs au bon endroit pour les horaires.</p>",
                                },
                                {
                                    "participant": "odile_kerjean",
                                    "answer": "<p>J’en ai deux à gérer, et elles n’ont rien à voir. Celle du compte de la communauté de communes a été écrite à six mains et validée par la direction : c’est une bio de service, avec les horaires de réponse. La mienne est volontairement floue : « Communicante dans le public, amoureuse des bords de mer. » Je sais que c’est contraire à ce que recommande le cours, mais je ne veux pas que chaque mot soit lu comme celui de la collectivité.</p>",
                                },
                                {
                                    "participant": "ma_delorme",
                                    "answer": "<p>Je fais exactement l’inverse d’Odile : je nomme mon service, parce que c’est mon sujet. Je parle des documents que nous conservons, des métiers des archives, des coulisses de la salle de lecture. Taire l’employeur aurait été étrange, presque malhonnête. J’ai ajouté « ici à titre personnel » après en avoir parlé avec ma directrice, qui m’a encouragé à ouvrir ce compte à condition que ce soit clair.</p>",
                                },
                                {
                                    "participant": "samia_tremplin",
                                    "answer": "<p>Elle a beaucoup changé. Au début, j’avais simplement écrit « insertion, emploi, solidarité », sans rien d’autre. Puis un partenaire a cru qu’un de mes messages était la position officielle de l’association. J’ai réécrit : ma fonction, le compte de l’association, et une phrase qui dit où trouver la parole officielle. Aujourd’hui, c’est la partie de ma bio dont je suis la plus contente.</p>",
                                },
                                {
                                    "participant": "helene_veille",
                                    "answer": "<p>Ma bio décrit ce que je fais sur Twitter plutôt que qui je suis : « Veille sur la formation pro, l’orientation et les compétences. Je lis beaucoup, je partage le meilleur. » Mon employeur n’y figure pas. Ce que j’apporte, c’est une sélection de lectures : les gens me suivent pour ça, pas pour mon centre de ressources. C’est un choix que je discute souvent avec Marc-Antoine, qui trouve ça un peu trop discret.</p>",
                                },
                            ],
                        },
                        {
                            "question": "Et votre photo de profil : qu’avez-vous choisi, et pourquoi ?",
                            "answers": [
                                {
                                    "participant": "ines_svt",
                                    "answer": "<p>Une photo de moi, prise par une collègue dans le jardin pédagogique du collège, entre deux rangées de fèves. On voit mon visage, on devine le contexte, et je souris. J’ai refusé toutes les photos où apparaissaient des élèves, même de dos : ce n’est pas à moi de décider de leur présence sur un réseau social, et leurs parents n’ont rien demandé.</p>",
                                },
                                {
                                    "participant": "bastien_biblio",
                                    "answer": "<p>Un dessin, fait par une amie illustratrice : moi, avec une pile de livres sur un porte-bagages. Je sais que le cours recommande un vrai visage, et je comprends l’argument de la confiance. Mais le dessin me ressemble, il raconte quelque chose de moi, et on m’en parle souvent. Le revers, c’est qu’en salon professionnel personne ne me reconnaît tout de suite. J’assume.</p>",
                                },
                                {
                                    "participant": "odile_kerjean",
                                    "answer": "<p>Pendant deux ans, un coucher de soleil un peu flou. Je ne voulais pas me montrer. Puis j’ai compris que je demandais aux élus et aux services de « donner un visage » au compte de la collectivité, et que je faisais moi-même l’inverse. J’ai mis une photo de mon visage, simple, sur fond clair. Les partenaires me reconnaissent maintenant en réunion, et c’est étonnamment agréable.</p>",
                                },
                                {
                                    "participant": "ma_delorme",
                                    "answer": "<p>Un portrait réalisé par le photographe du Département lors d’une séance pour l’annuaire interne. J’ai vérifié que je pouvais l’utiliser ailleurs, ce qui n’allait pas de soi. Il est un peu sérieux, avec la cravate des grands jours, mais il correspond à la manière dont je veux être perçu sur ce compte : comme un professionnel qui prend plaisir à transmettre, pas comme un ami de comptoir.</p>",
                                },
                                {
                                    "participant": "samia_tremplin",
                                    "answer": "<p>Mon visage, recadré à partir d’une photo de notre fête de fin d’année. J’ai hésité longtemps, parce que dans le social, on reçoit parfois des messages agressifs de personnes mécontentes de leur accompagnement. J’ai finalement choisi la transparence : les personnes que nous accompagnons me connaissent de toute façon, et un visage rend les échanges plus respectueux qu’un logo.</p>",
                                },
                                {
                                    "participant": "helene_veille",
                                    "answer": "<p>Une vieille gravure de phare, libre de droits. Pour une veilleuse, c’était tentant ! Je ne cherche pas à être reconnue : je publie peu, je ne vais pas aux événements en tant que « personne de Twitter », et j’aime cette légère distance. Je comprends qu’on me trouve moins accessible. Ceux qui m’écrivent découvrent vite que je réponds, avec ou sans visage.</p>",
                                },
                            ],
                        },
                        {
                            "question": "Quand vous parlez de votre travail, comment savez-vous si c’est vous qui parlez, ou votre organisation ?",
                            "answers": [
                                {
                                    "participant": "ines_svt",
                                    "answer": "<p>J’ai une règle simple : je parle de pédagogie, jamais de la vie interne de l’établissement. Une sortie de terrain réussie, un protocole d’expérience qui marche, oui. Un conseil de classe tendu, une décision de la direction, non. Ma principale me suit, d’ailleurs, et elle relaie parfois mes messages. C’est bon signe : je ne parle pas à sa place, mais je ne dis rien qui la gêne.</p>",
                                },
                                {
                                    "participant": "bastien_biblio",
                                    "answer": "<p>J’ai deux casquettes bien distinctes. Sur le compte de la médiathèque, je signe de mes initiales et je dis « nous ». Sur le mien, je dis « je ». Quand une information concerne la médiathèque (un atelier, une fermeture), elle paraît d’abord sur son compte, et je la relaie ensuite. Jamais l’inverse. Comme ça, personne ne peut confondre une annonce officielle et mon enthousiasme personnel.</p>",
                                },
                                {
                                    "participant": "odile_kerjean",
                                    "answer": "<p>Pour moi, c’est la question la plus délicate. Je suis la voix de la collectivité toute la journée, et beaucoup de gens le savent. Alors sur mon compte, je m’abstiens complètement de tout ce qui touche à la politique locale, même quand j’ai un avis. Je parle de communication publique en général, de mes lectures, de la mer. Certains trouvent ça frustrant ; moi, ça me repose.</p>",
                                },
                                {
                                    "participant": "ma_delorme",
                                    "answer": "<p>J’applique le devoir de réserve comme un garde-fou, pas comme un bâillon. Je peux dire tout le bien que je pense d’un fonds d’archives ou d’une exposition. Je ne commente pas les choix budgétaires du Département, ni les débats de l’assemblée. Avant d’ouvrir le compte, j’ai demandé à ma hiérarchie ce qu’elle en attendait : cette conversation m’a évité bien des hésitations ensuite.</p>",
                                },
                                {
                                    "participant": "samia_tremplin",
                                    "answer": "<p>Je ne suis pas d’accord avec l’abstention d’Odile, du moins pour moi. Coordinatrice d’une petite association, je suis de fait son visage public, et défendre les personnes éloignées de l’emploi fait partie de mon travail. Je prends donc position sur les politiques d’insertion, y compris pour les critiquer. Ma limite : jamais de parti politique, jamais d’attaque contre une personne, et toujours des arguments vérifiables.</p>",
                                },
                                {
                                    "participant": "helene_veille",
                                    "answer": "<p>On oublie souvent que partager un lien, c’est déjà parler. Quand une documentaliste relaie un rapport, beaucoup le lisent comme une recommandation. Je fais donc attention à ce que je retweete sans commentaire : seulement des sources dont je suis sûre. Pour le reste, je cite en ajoutant une phrase, quitte à écrire « intéressant, mais méthode discutable ». C’est ma façon de parler en mon nom.</p>",
                                },
                            ],
                        },
                        {
                            "question": "Un de vos messages a-t-il déjà été mal compris, ou attribué à votre structure ? Qu’en avez-vous tiré ?",
                            "answers": [
                                {
                                    "participant": "ines_svt",
                                    "answer": "<p>Oui, une fois. En pleine période de copies, j’ai plaisanté sur « les perles du jour », sans citer personne. Un parent d’élève l’a très mal pris, persuadé que je me moquais de son fils. Il avait tort sur les faits, mais raison sur le fond : se moquer, même gentiment, de ce qu’écrivent des élèves n’a rien à faire sur un compte public. J’ai supprimé le message et je ne l’ai jamais refait.</p>",
                                },
                                {
                                    "participant": "bastien_biblio",
                                    "answer": "<p>J’avais retweeté une pétition nationale pour l’élargissement des horaires des bibliothèques. Le lendemain, une élue m’a demandé, un peu sèchement, si la médiathèque réclamait de nouveaux horaires. Ce n’était pas le cas, j’avais juste relayé un débat de la profession. Depuis, quand je partage quelque chose qui pourrait concerner ma structure, je cite avec une phrase d’explication plutôt que de retweeter sec.</p>",
                                },
                                {
                                    "participant": "odile_kerjean",
                                    "answer": "<p>Le pire souvenir de ma carrière : un « j’aime » accidentel, à onze heures du soir, depuis le compte de la collectivité, sur un message qui critiquait durement le président. J’avais les deux comptes ouverts sur mon téléphone et j’ai appuyé au mauvais endroit. Une capture d’écran a circulé dès le lendemain matin. Depuis, le compte officiel n’est plus sur mon téléphone personnel. Point.</p>",
                                },
                                {
                                    "participant": "ma_delorme",
                                    "answer": "<p>Pas d’incident, mais une belle frayeur. J’avais préparé un message sur une lettre passionnante trouvée dans un fonds en cours de classement. Au moment de publier, je me suis demandé si ce fonds était déjà communicable au public. Il ne l’était pas. J’ai gardé le message deux ans au brouillon. Le réflexe que j’en ai tiré : vérifier le statut d’un document avant d’en parler, comme je le ferais pour un lecteur.</p>",
                                },
                                {
                                    "participant": "samia_tremplin",
                                    "answer": "<p>C’est ce qui m’a fait réécrire ma bio. J’avais exprimé des doutes, sur mon compte, à propos d’un nouveau dispositif d’accompagnement vers l’emploi. Un partenaire institutionnel a appelé notre président pour savoir si l’association allait s’en retirer. Nous en avons parlé en bureau, et nous avons décidé que les positions de l’association passeraient désormais par son compte, après discussion collective. Mon compte reste le mien, mais je sais ce qu’il pèse.</p>",
                                },
                                {
                                    "participant": "helene_veille",
                                    "answer": "<p>Un collègue d’une autre région m’a remerciée, un jour, d’avoir « fait connaître la position de votre centre » sur une réforme. J’avais seulement relayé une analyse qui me semblait solide. Il en avait déduit que mon employeur la partageait. Depuis, j’ajoute presque toujours un mot de contexte, et j’assume d’écrire « je » dans mes commentaires, même si ma bio ne nomme pas mon employeur. On est identifiable plus vite qu’on ne croit.</p>",
                                },
                            ],
                        },
                    ],
                },
            ],
        },
        {
            "slug": "semaine-3-un-compte-ou-deux",
            "title": "Semaine 3 — Un compte ou deux ?",
            "summary": "Compte unique, compte « perso-pro » à côté d’un compte privé, compte d’organisation : les configurations possibles, cinq critères pour choisir, et l’art de jongler sans se tromper.",
            "intro": "Faut-il tout mélanger sur un seul compte, ou séparer le professionnel du personnel ? La question revient dans toutes les formations, et elle n’a pas de réponse universelle. Cette semaine, nous passons en revue les configurations les plus courantes, puis nous vous proposons cinq critères pour décider : votre public, votre employeur, votre temps, les risques de votre métier et votre voix. Vous verrez ensuite comment jongler entre plusieurs comptes au quotidien. Une étude de cas, un débat entre deux collègues et une table ronde vous permettront de confronter votre choix à d’autres.",
            "opens_after_days": 14,
            "objectives": [
                (
                    "key_points",
                    {
                        "title": "Objectifs de la semaine",
                        "points": [
                            "Distinguer compte personnel, compte professionnel à son nom, compte privé et compte d’organisation.",
                            "Évaluer votre situation selon cinq critères : public, employeur, temps, risque et voix.",
                            "Mettre en place des repères concrets pour éviter de publier depuis le mauvais compte.",
                            "Prendre position, de façon argumentée, dans le débat entre mélange et séparation.",
                        ],
                    },
                ),
            ],
            "steps": [
                {
                    "type": "lesson",
                    "slug": "trois-facons-d-exister",
                    "title": "Personnel, professionnel, institutionnel : les configurations possibles",
                    "summary": "Un compte qui mélange tout, un compte professionnel à son nom à côté d’un compte privé, un compte d’organisation : avantages et limites de chaque configuration.",
                    "kind": "lesson",
                    "reading_minutes": 7,
                    "body": [
                        (
                            "paragraph",
                            "<p>Avant de choisir, il faut savoir entre quoi l’on choisit. Les mots sont trompeurs : « compte pro » désigne tantôt un compte à votre nom où vous parlez de votre métier, tantôt le compte de votre structure. Et « compte perso » peut être un compte public où vous parlez de tout, ou un compte verrouillé réservé à vos proches. Posons les termes.</p>",
                        ),
                        (
                            "image",
                            {
                                "image": "two-accounts",
                                "alt_text": "Deux cartes de profil côte à côte : à gauche un compte à son nom consacré au métier, à droite un compte privé avec un cadenas.",
                                "caption": "Un compte public consacré au métier, un compte privé pour les proches : la configuration « perso-pro » est l’une des plus répandues.",
                                "credit": "Illustration : Gazouillis",
                            },
                        ),
                        (
                            "heading",
                            {"text": "1. Un seul compte, à votre nom, pour tout", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            "<p>Vous parlez de votre métier, de vos lectures, de votre quartier, de vos passions, au même endroit. C’est la configuration la plus simple à tenir, et souvent la plus vivante : vos abonnés découvrent une personne entière, et les rencontres naissent parfois des croisements inattendus entre vos centres d’intérêt.</p><p><b>Ses limites :</b> certains abonnés venus pour votre expertise se lasseront de vos commentaires sportifs, et inversement. Et tout ce que vous publiez est lu à la lumière de votre métier.</p>",
                        ),
                        (
                            "heading",
                            {
                                "text": "2. Un compte « perso-pro » et un compte privé",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            "<p>Un compte public à votre nom, consacré à votre activité professionnelle, avec une touche personnelle maîtrisée ; à côté, un compte verrouillé (seuls les abonnés que vous acceptez lisent vos messages) pour la famille et les amis. C’est la configuration de beaucoup d’enseignants, de bibliothécaires ou d’agents publics.</p><p><b>Ses limites :</b> le compte public risque de devenir fade si vous en retirez toute personnalité. Et il faut tenir deux comptes, donc deux fils à lire.</p>",
                        ),
                        (
                            "example_post",
                            {
                                "author": "Théo Lambertin",
                                "handle": "theo_lambertin",
                                "text": "Demain, formation de bénévoles à l’animation de débats en ligne : règles du jeu, modération, et beaucoup de mises en situation. Si vous avez un exemple de discussion qui a dérapé, je suis preneur ! #EducPop",
                                "posted_on": "9 mars",
                                "comment": "Le compte public de Théo : son métier, ses questions, avec un ton personnel.",
                            },
                        ),
                        (
                            "example_post",
                            {
                                "author": "Théo L.",
                                "handle": "theo_dimanche",
                                "text": "Tarte aux mirabelles ratée, mais la pâte était parfaite. On progresse. Rendez-vous dimanche prochain pour la revanche.",
                                "posted_on": "10 mars",
                                "comment": "Son compte verrouillé, lu par une trentaine de proches. Rien de honteux, simplement un autre public.",
                            },
                        ),
                        (
                            "heading",
                            {
                                "text": "3. Votre compte et celui de votre organisation",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            "<p>Si vous animez le compte de votre structure, vous avez déjà deux comptes, au moins. Le compte de l’organisation parle au nom de celle-ci, selon sa charte ; le vôtre parle en votre nom. Beaucoup de chargés de communication ajoutent un troisième compte, privé, pour souffler.</p><p><b>Ses limites :</b> le risque de confusion, surtout sur téléphone, et la tentation de faire du compte personnel une simple copie du compte institutionnel.</p>",
                        ),
                        ("heading", {"text": "4. Le pseudonyme", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Certains professionnels s’expriment sous pseudonyme pour parler librement de leur métier, notamment dans des secteurs sensibles. C’est légitime et parfois précieux. Mais un pseudonyme protège moins qu’on ne le croit : un détail, une photo, un horaire suffisent souvent à vous identifier. Et il ne vous dispense d’aucune de vos obligations.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "Privé ne veut pas dire secret",
                                "text": "<p>Un compte verrouillé limite vos lecteurs, il ne les empêche pas de faire une capture d’écran. Ne publiez sur un compte privé que ce que vous accepteriez de voir un jour circuler au-delà.</p>",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "À retenir",
                                "points": [
                                    "« Compte pro » et « compte perso » recouvrent des réalités différentes : précisez toujours de quoi vous parlez.",
                                    "Un compte unique est simple et vivant, mais tout y est lu à la lumière de votre métier.",
                                    "Le duo compte public professionnel et compte privé est répandu, au prix de deux comptes à tenir.",
                                    "Un compte privé ou un pseudonyme réduisent l’exposition, sans la supprimer.",
                                ],
                            },
                        ),
                        (
                            "think_about",
                            {
                                "question": "Dans quelle configuration êtes-vous aujourd’hui, consciemment ou non ? Est-ce le résultat d’un choix, ou de l’habitude ?",
                                "hint": "Listez tous vos comptes, y compris ceux qui dorment et ceux de votre structure auxquels vous avez accès.",
                            },
                        ),
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "un-compte-ou-deux-cinq-criteres",
                    "title": "Un compte ou deux ? Cinq critères pour décider",
                    "summary": "Votre public, votre employeur, votre temps, les risques de votre métier et votre voix : une grille pour faire un choix raisonné, et le revoir plus tard.",
                    "kind": "lesson",
                    "reading_minutes": 8,
                    "body": [
                        (
                            "paragraph",
                            "<p>Il n’y a pas de bonne réponse universelle à la question « un compte ou deux ? ». Des professionnels très respectés ont un compte unique où tout se mêle ; d’autres, tout aussi respectés, séparent strictement. Ce qui compte, c’est que votre choix réponde à votre situation. Voici cinq critères pour l’examiner.</p>",
                        ),
                        ("heading", {"text": "1. Votre public", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Qui vous lit, ou qui voulez-vous qui vous lise ? Si vos abonnés sont essentiellement des pairs, un peu de vie personnelle les intéressera et vous rendra plus proche. Si vous vous adressez à des usagers, des parents d’élèves ou des partenaires institutionnels, ils attendent surtout de l’information fiable. Et si votre famille vous suit, elle n’a peut-être pas envie de lire quarante messages sur un colloque de didactique.</p>",
                        ),
                        ("heading", {"text": "2. Votre employeur", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Votre structure a-t-elle une charte ? Votre poste est-il exposé (direction, communication, accueil du public) ? Êtes-vous agent public, soumis à la réserve ? Plus votre fonction est visible, plus il est raisonnable de garder un espace à part pour ce qui ne regarde que vous. À l’inverse, un indépendant ou un salarié peu exposé a beaucoup plus de liberté.</p>",
                        ),
                        ("heading", {"text": "3. Votre temps", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Deux comptes, ce sont deux fils à lire, deux séries de notifications, deux communautés à entretenir. Beaucoup de seconds comptes meurent au bout de trois mois, faute de temps. Soyez honnête : combien de minutes par jour pouvez-vous y consacrer ? Un seul compte bien tenu vaut mieux que deux comptes à l’abandon.</p>",
                        ),
                        ("heading", {"text": "4. Le risque", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Certains métiers exposent plus que d’autres : l’enseignement, le travail social, la santé, la communication publique. Le risque, c’est qu’un message personnel soit utilisé contre vous ou contre votre structure, ou que des usagers mécontents s’en prennent à votre vie privée. Séparer les comptes réduit ce risque. Mais deux comptes créent aussi un risque nouveau : publier du mauvais côté.</p>",
                        ),
                        ("heading", {"text": "5. Votre voix", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>C’est le critère le plus souvent oublié. Avez-vous une façon de vous exprimer qui est la même partout ? Si votre humour, vos enthousiasmes et vos indignations font partie de votre manière de travailler, les couper de votre compte professionnel risque de le rendre terne. Si au contraire vous êtes deux personnes assez différentes au travail et en famille, deux comptes respecteront mieux cette différence.</p>",
                        ),
                        (
                            "example_post",
                            {
                                "author": "Théo Lambertin",
                                "handle": "theo_lambertin",
                                "text": "Petite annonce : ce compte reste consacré au métier (éducation populaire, numérique, formation). Pour les tartes ratées et le rugby amateur, c’est désormais en privé. Merci de votre fidélité, et à demain pour la suite du chantier !",
                                "posted_on": "2 mars",
                                "comment": "Quand on change de configuration, on le dit : les abonnés comprennent mieux la nouvelle ligne du compte.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Essayez pendant un mois",
                                "text": "<p>Votre choix n’est pas définitif. Vous pouvez changer votre identifiant, verrouiller ou déverrouiller un compte, en ouvrir un second ou en fermer un. Essayez une configuration pendant un mois, puis faites le point : avez-vous hésité souvent sur le compte à utiliser ? Vous êtes-vous censuré ? Avez-vous manqué de temps ?</p>",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "À retenir",
                                "points": [
                                    "Cinq critères : public, employeur, temps, risque, voix. Aucun ne suffit seul.",
                                    "Un poste exposé ou un métier sensible plaident pour un espace séparé.",
                                    "Deux comptes coûtent du temps et créent un risque d’erreur : un compte bien tenu vaut mieux que deux à l’abandon.",
                                    "Votre choix se révise : testez, observez, ajustez, et prévenez vos abonnés.",
                                ],
                            },
                        ),
                        (
                            "testimonial_link",
                            {
                                "slug": "table-ronde-comptes-et-abonnements",
                                "text": "Six participants expliquent pourquoi ils ont choisi un, deux ou trois comptes, et comment ils vivent ce choix au quotidien.",
                            },
                        ),
                        (
                            "think_about",
                            {
                                "question": "Notez-vous de 1 à 5 sur chacun des cinq critères. Qu’est-ce que ce petit bilan vous suggère pour votre propre configuration ?",
                                "hint": "Par exemple : public très mélangé (5), employeur exigeant (4), peu de temps (1)… Un manque de temps peut l’emporter sur tout le reste.",
                            },
                        ),
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "jongler-entre-les-comptes",
                    "title": "Jongler entre plusieurs comptes sans se tromper",
                    "summary": "Repères visuels, répartition des sujets, sécurité des accès, gestion du temps, et la bonne manière de réagir le jour où vous publiez du mauvais côté.",
                    "kind": "lesson",
                    "reading_minutes": 7,
                    "body": [
                        (
                            "paragraph",
                            "<p>Dès que vous avez accès à plus d’un compte, le vôtre et celui de votre structure par exemple, une erreur vous guette : publier, aimer ou retweeter depuis le mauvais. Elle arrive à tout le monde, souvent tard le soir, souvent sur téléphone. Quelques habitudes simples la rendent beaucoup plus rare.</p>",
                        ),
                        ("heading", {"text": "Des repères visuels", "level": "h2"}),
                        (
                            "paragraph",
                            "<ul><li>Donnez à chaque compte une photo de profil très différente : le logo de la structure ne doit pas ressembler à votre visage en miniature.</li><li>Avant d’envoyer un message, regardez la petite photo à côté de la zone de saisie. C’est un réflexe à prendre, comme vérifier le destinataire d’un courriel.</li><li>Si possible, utilisez des applications ou des navigateurs différents pour chaque compte : le compte de la structure sur l’ordinateur du bureau, le vôtre sur votre téléphone.</li><li>Évitez de garder le compte de votre structure connecté sur votre téléphone personnel, surtout le soir.</li></ul>",
                        ),
                        ("heading", {"text": "Répartir les sujets", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Écrivez, pour vous-même, ce qui va où. Par exemple : les annonces de la structure sur son compte, relayées ensuite sur le vôtre ; vos réflexions sur le métier sur votre compte seulement ; votre vie de famille sur votre compte privé. Cette répartition vous évite d’hésiter à chaque message. Et quand vous relayez sur votre compte ce que vous avez publié pour votre structure, dites-le : « c’est moi qui anime le compte de l’association » est une phrase qui rassure vos lecteurs.</p><p>Les outils de gestion multicomptes permettent de programmer des messages et de suivre plusieurs fils en colonnes. Ils sont pratiques, mais ne publiez pas le même texte partout : chaque compte a son public et son ton.</p>",
                        ),
                        ("heading", {"text": "Le jour où vous vous trompez", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Supprimez le message rapidement. S’il a déjà été vu, relayé ou commenté, reconnaissez l’erreur en une phrase, sans dramatiser et sans inventer de piratage. Une touche d’humour est souvent bienvenue si le contenu s’y prête. Si le message pouvait embarrasser votre structure, prévenez votre responsable avant qu’il ne l’apprenne par quelqu’un d’autre.</p>",
                        ),
                        (
                            "example_post",
                            {
                                "author": "Tremplin des Rives",
                                "handle": "tremplin_rives",
                                "text": "Oups : le message précédent sur la tartiflette de ma belle-sœur n’avait rien à faire sur le compte de l’association. Supprimé ! Retour au programme : permanence emploi demain de 9 h à 12 h, sans rendez-vous. ^SB",
                                "posted_on": "19 novembre",
                                "comment": "Une erreur anodine, reconnue avec légèreté et suivie d’une information utile. Personne ne s’en souviendra la semaine prochaine.",
                            },
                        ),
                        ("heading", {"text": "Sécuriser les accès", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Un compte d’organisation partagé par plusieurs personnes demande un minimum d’hygiène. Activez la validation en deux étapes. Ne faites jamais circuler le mot de passe par courriel ou par messagerie : utilisez un gestionnaire de mots de passe partagé, ou les fonctions de délégation proposées par certaines plateformes. Tenez à jour la liste des personnes qui ont accès au compte, et changez le mot de passe quand l’une d’elles quitte la structure.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Le compte appartient à la structure",
                                "text": "<p>L’adresse électronique associée au compte d’une organisation doit être une adresse de la structure, pas la vôtre. Sinon, le jour où vous partez, personne ne peut plus récupérer le compte.</p>",
                            },
                        ),
                        ("heading", {"text": "Protéger son temps", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Plusieurs comptes, c’est plusieurs flux de notifications. Désactivez celles qui ne sont pas indispensables, et fixez-vous des créneaux : un quart d’heure le matin pour le compte de la structure, un moment choisi pour le vôtre. Pendant les congés, organisez le relais avec un collègue, ou annoncez une pause : un compte silencieux pendant deux semaines n’est pas un drame, un compte qui ne répond plus sans explication l’est davantage.</p>",
                        ),
                        (
                            "key_points",
                            {
                                "title": "À retenir",
                                "points": [
                                    "Des photos de profil très différentes et un coup d’œil avant d’envoyer évitent la plupart des erreurs.",
                                    "Décidez une fois pour toutes quels sujets vont sur quel compte.",
                                    "En cas d’erreur : supprimer, reconnaître simplement, prévenir si nécessaire.",
                                    "Validation en deux étapes, mots de passe jamais envoyés par courriel, adresse de la structure pour son compte.",
                                ],
                            },
                        ),
                        (
                            "think_about",
                            {
                                "question": "Sur votre téléphone, combien de comptes sont connectés en ce moment ? Lequel pourriez-vous retirer pour réduire le risque d’erreur ?",
                                "hint": "",
                            },
                        ),
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "etude-de-cas-office-de-tourisme",
                    "title": "Étude de cas : Margaux, entre compte « perso-pro » et compte privé",
                    "summary": "Chargée de communication d’un office de tourisme, Margaux tient un compte professionnel à son nom à côté de son compte privé. Un été mouvementé l’oblige à tout repenser.",
                    "kind": "case_study",
                    "reading_minutes": 10,
                    "body": [
                        ("heading", {"text": "Le contexte", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>L’office de tourisme des Gorges de la Lanthe emploie trois permanents et deux saisonniers. Margaux Delbès, 29 ans, y est chargée de communication : elle tient le site, la lettre d’information et le compte officiel de l’office, @gorges_lanthe. Personne ne l’a vraiment formée à cette mission ; elle a appris sur le tas, avec enthousiasme.</p><p>Il y a deux ans, le directeur a eu une idée : pour « humaniser » la communication, chaque salarié ouvrirait un compte à son nom, consacré au travail et utilisé pendant les heures de bureau. Margaux a donc créé @margaux_lanthe, son compte « perso-pro ». Elle avait déjà un compte verrouillé, @margaux_jardin, suivi par une quarantaine d’amis et de proches, où elle parle de ses enfants, de ses randonnées du dimanche et de ses confitures.</p>",
                        ),
                        ("heading", {"text": "Ce qu’elle a fait", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Sur son compte perso-pro, Margaux publie surtout… la même chose que sur le compte de l’office. Quand @gorges_lanthe annonce une visite guidée, elle la retweete ou la réécrit à peine. Ses 600 abonnés sont pour l’essentiel des collègues d’autres offices de tourisme rencontrés lors de journées professionnelles, quelques prestataires du territoire, et très peu de visiteurs. Quand on lui demande à quoi sert ce compte, elle répond : « À montrer que je travaille, je crois. »</p>",
                        ),
                        (
                            "example_post",
                            {
                                "author": "Office de tourisme des Gorges de la Lanthe",
                                "handle": "gorges_lanthe",
                                "text": "Visite guidée du vieux moulin de Saint-Aurel tous les jeudis de juillet et août à 10 h. Réservation à l’office ou par téléphone. #GorgesDeLaLanthe",
                                "posted_on": "1er juillet",
                                "comment": "Le message officiel : clair, complet, utile.",
                            },
                        ),
                        (
                            "example_post",
                            {
                                "author": "Margaux Delbès",
                                "handle": "margaux_lanthe",
                                "text": "Visite guidée du moulin de Saint-Aurel tous les jeudis de l’été à 10 h ! Réservez à l’office. #GorgesDeLaLanthe",
                                "posted_on": "1er juillet",
                                "comment": "Le même message, le même jour, en moins complet. Qu’apporte-t-il au lecteur qui suit déjà l’office ?",
                            },
                        ),
                        (
                            "paragraph",
                            "<p>Un dimanche de juin, Margaux grimpe avec sa famille jusqu’au belvédère des Aiguilles, au lever du soleil. Elle prend des photos magnifiques de la brume dans les gorges. Elle les publie sur son compte privé, parce que « c’est le week-end, c’est perso ». Le lundi, l’office publie une photo d’archive du même belvédère, prise en plein midi.</p><p>En juillet, un éboulement coupe la route départementale qui dessert les gorges. Un habitant, excédé par la lenteur des travaux, publie un message virulent contre le Département. Depuis son compte perso-pro, pendant sa pause, Margaux le cite en ajoutant : « Enfin quelqu’un qui le dit ! » Le soir même, la présidente de l’office, élue locale, reçoit un appel agacé du cabinet du président du Département : l’office de tourisme prend-il position contre les services qui réparent la route ?</p>",
                        ),
                        (
                            "example_post",
                            {
                                "author": "Margaux Delbès",
                                "handle": "margaux_lanthe",
                                "text": "Enfin quelqu’un qui le dit ! Trois semaines sans route, et les commerçants des gorges qui trinquent.",
                                "posted_on": "18 juillet",
                                "comment": "Une réaction sincère, partagée par beaucoup d’habitants. Mais publiée sur un compte créé à la demande de l’employeur, au nom de la salariée chargée de la communication de l’office.",
                            },
                        ),
                        (
                            "paragraph",
                            "<p>Margaux supprime le message, présente ses excuses par message privé au service communication du Département, et s’explique avec sa présidente. Le directeur, ébranlé, propose de supprimer purement et simplement les comptes perso-pro de l’équipe.</p><p>La même semaine, une amie qui suit ses deux comptes répond à un message professionnel de Margaux par une allusion à leur soirée de la veille, visible de tous. Rien de grave, mais Margaux mesure que la frontière entre ses comptes est plus poreuse qu’elle ne le pensait.</p>",
                        ),
                        ("heading", {"text": "Ce qu’elle envisage maintenant", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Margaux a rendez-vous avec son directeur pour proposer une solution. Elle hésite entre trois options :</p><ol><li><b>Supprimer le compte perso-pro</b> et ne garder que le compte de l’office et son compte privé. Plus simple, plus sûr, mais l’office perd une voix humaine qu’elle commençait à apprécier.</li><li><b>Fusionner</b> : un seul compte public à son nom, où elle assumerait d’être une habitante passionnée par son territoire, randonnées du dimanche comprises, avec des règles claires sur l’actualité locale. Et un compte privé réduit au strict minimum familial.</li><li><b>Garder deux comptes, mais redéfinir le perso-pro</b> : plus de copies du compte officiel, mais les coulisses du métier, des conseils de randonnée, ses propres photos, et une règle écrite sur les sujets de polémique locale.</li></ol>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "La vraie question",
                                "text": "<p>Le problème de Margaux n’est pas le nombre de ses comptes. C’est que personne, ni elle ni son directeur, n’a défini ce que son compte perso-pro devait apporter, à qui, et dans quelles limites. Un compte sans projet finit par copier les autres, ou par déraper.</p>",
                            },
                        ),
                        ("heading", {"text": "À vous de réfléchir", "level": "h2"}),
                        (
                            "think_about",
                            {
                                "question": "Qu’apportait le compte perso-pro de Margaux que le compte de l’office n’apportait pas ? Et qu’aurait-il pu apporter ?",
                                "hint": "Pensez aux photos du belvédère, aux coulisses d’un office de tourisme, aux questions des visiteurs.",
                            },
                        ),
                        (
                            "think_about",
                            {
                                "question": "Qui porte la responsabilité de l’incident de juillet : Margaux, le directeur qui a lancé les comptes perso-pro sans règles, ou personne en particulier ?",
                                "hint": "Demandez-vous ce qu’une charte d’une page aurait changé.",
                            },
                        ),
                        (
                            "think_about",
                            {
                                "question": "Un employeur peut-il demander à une salariée d’être « ambassadrice » de son territoire sur un compte à son nom ? Et les photos prises un dimanche relèvent-elles du travail ?",
                                "hint": "Distinguez ce qui peut être proposé, encouragé, et ce qui peut être exigé.",
                            },
                        ),
                        (
                            "think_about",
                            {
                                "question": "Laquelle des trois options recommanderiez-vous à Margaux ? Rédigez les trois règles que vous inscririez dans la charte de l’office pour l’accompagner.",
                                "hint": "Partagez votre proposition avec les autres participants en utilisant le mot-clé du cours.",
                            },
                        ),
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "debat-vie-privee-et-metier",
                    "title": "Débat : montrer sa vie personnelle sur un compte de métier ?",
                    "summary": "Deux collègues d’un réseau de médiathèques ne sont pas d’accord : l’une mêle tout sur son compte, l’autre n’y parle que de travail. Et vous ?",
                    "kind": "debate",
                    "reading_minutes": 6,
                    "body": [
                        (
                            "paragraph",
                            "<p>Léna Ortiz est médiatrice numérique dans le réseau des médiathèques de l’agglomération de Castelrouge. Vincent Aubry y est responsable de la communication. Ils s’entendent bien, déjeunent souvent ensemble, et ne sont d’accord sur rien dès qu’il s’agit de Twitter. Le débat a repris un lundi matin : la photo de Léna en randonnée, publiée la veille, avait reçu plus de réactions que tous les messages professionnels de Vincent depuis un mois.</p>",
                        ),
                        (
                            "debate",
                            {
                                "question": "Faut-il montrer sa vie personnelle sur le compte où l’on parle de son métier ?",
                                "first": {
                                    "title": "Oui : on suit des personnes, pas des plaquettes",
                                    "author": "Léna Ortiz, médiatrice numérique",
                                    "argument": "<p>Sur mon compte, on trouve mes ateliers, mes lectures, mon chat, mes randonnées et mes coups de cœur culinaires. Je ne vois pas où serait le problème.</p><ul><li>Les gens suivent des personnes. Mes messages de métier circulent mieux parce qu’on me connaît aussi autrement.</li><li>Les rencontres professionnelles les plus fécondes que j’ai faites sont nées d’un sujet qui n’avait rien à voir avec le travail.</li><li>Je ne suis pas une autre personne au bureau et le soir. Me couper en deux me fatiguerait, et rendrait mon compte professionnel aussi froid qu’un communiqué.</li><li>Montrer qu’une bibliothécaire randonne, cuisine et rit, c’est aussi changer l’image de notre métier.</li></ul><p>Bien sûr, je ne publie rien sur les autres sans leur accord, et rien de confidentiel. Mais ma vie m’appartient, et j’en partage ce que je veux.</p>",
                                },
                                "second": {
                                    "title": "Non : mon compte est un outil, pas un journal intime",
                                    "author": "Vincent Aubry, responsable de la communication",
                                    "argument": "<p>J’utilise Twitter tous les jours, et je le recommande à toutes les équipes. Mais pour moi, c’est un outil de travail.</p><ul><li>Ceux qui me suivent le font pour l’actualité du réseau et les questions de communication publique. Mes dimanches ne les concernent pas.</li><li>En tant que responsable de la communication, tout ce que j’écris est lu comme venant un peu de l’institution. Je préfère ne pas mélanger.</li><li>Ma vie privée n’est pas un argument d’engagement. Les « j’aime » sur une photo de vacances ne disent rien de la qualité de mon travail.</li><li>Ce qui est publié reste. Ce que je partage aujourd’hui avec plaisir, je ne serai peut-être pas ravi de le retrouver dans dix ans.</li></ul><p>Je ne juge pas ceux qui font autrement. Je dis seulement que la discrétion est aussi un choix professionnel, et qu’il est respectable.</p>",
                                },
                            },
                        ),
                        ("heading", {"text": "Ce que l’un et l’autre concèdent", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Au fil de la discussion, Léna et Vincent ont trouvé quelques points d’accord. Ni l’un ni l’autre ne publierait une photo de ses enfants reconnaissables, ni un détail sur la vie d’un collègue sans son accord. Tous deux admettent que leur position tient aussi à leur poste : Léna n’est pas en première ligne face aux élus, Vincent l’est chaque jour. Et Vincent reconnaît volontiers que ses messages sont un peu austères ; Léna, que certains de ses abonnés professionnels ont dû se lasser de son chat.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "Transparent n’est pas intime",
                                "text": "<p>On peut être transparent sur qui l’on est, d’où l’on parle et ce que l’on pense de son métier, sans rien dévoiler de son intimité. Inversement, on peut raconter beaucoup de sa vie personnelle tout en restant flou sur l’essentiel : à quel titre on s’exprime. Ce sont deux curseurs différents.</p>",
                            },
                        ),
                        (
                            "think_about",
                            {
                                "question": "Sur une échelle de 1 (Vincent) à 5 (Léna), où vous situez-vous ? Votre position serait-elle la même si vous changiez de poste ?",
                                "hint": "Expliquez votre choix en une phrase, et partagez-la avec les autres participants.",
                            },
                        ),
                        (
                            "think_about",
                            {
                                "question": "Pensez à un compte que vous suivez avec plaisir. Est-ce pour ses contenus professionnels, pour la personne derrière, ou pour les deux ?",
                                "hint": "",
                            },
                        ),
                        (
                            "think_about",
                            {
                                "question": "Quelles sont les trois choses de votre vie personnelle que vous ne publieriez jamais, quel que soit le compte ?",
                                "hint": "Cette liste est souvent plus facile à écrire que celle de ce qu’on accepte de montrer, et elle en dit autant.",
                            },
                        ),
                    ],
                },
                {
                    "type": "testimonial",
                    "format": "round_table",
                    "layout": "sequence",
                    "slug": "table-ronde-comptes-et-abonnements",
                    "title": "Table ronde : un compte ou plusieurs, et qui suivre ?",
                    "summary": "Un compte pour tout, deux comptes bien séparés, trois comptes à gérer pour le travail : six participants racontent leurs choix, leurs outils, leurs erreurs et leur façon de trier ce qu’ils suivent.",
                    "intro": "Cette table ronde réunit six participants dont les configurations n’ont presque rien en commun. Rémi a un seul compte pour tout, Théo en a deux depuis une mésaventure, Samia en gère trois, Hélène n’en a qu’un, entièrement tourné vers la veille. Nous leur avons demandé comment ils ont choisi, comment ils jonglent, qui ils suivent et s’il leur arrive de se désabonner. Leurs désaccords sont instructifs : lisez-les avant de faire votre propre choix.",
                    "tags": ["un compte ou deux", "jongler", "abonnements", "veille"],
                    "questions": [
                        {
                            "question": "Un compte, deux, trois : qu’avez-vous choisi, et pourquoi ?",
                            "answers": [
                                {
                                    "participant": "theo_lambertin",
                                    "answer": "<p>Deux, depuis deux ans. Avant, j’avais un seul compte où se mêlaient mes formations, mes engagements associatifs et quelques positions politiques assez tranchées. J’avais aussi accès au compte de la fédération. Un soir, un message militant est parti du compte de la fédération au lieu du mien. Depuis, j’ai un compte public consacré au métier, un compte privé pour le reste, et le compte de la fédération n’est plus sur mon téléphone.</p>",
                                },
                                {
                                    "participant": "remi_causse",
                                    "answer": "<p>Un seul, et je n’en changerai pas. Je vis dans un village de huit cents habitants : tout le monde sait qui je suis, ce que je fais à la Fabrique, où je pêche et ce que je pense du projet d’éoliennes. Séparer mes comptes serait une fiction. Et c’est justement ce mélange qui fait venir les gens au tiers-lieu : ils viennent voir le type qui parle de mouches de pêche et d’imprimante 3D dans le même message.</p>",
                                },
                                {
                                    "participant": "samia_tremplin",
                                    "answer": "<p>Trois, mais je n’ai choisi que le premier. J’ai mon compte, celui de l’association, et celui du collectif d’associations du territoire, que j’anime avec deux collègues d’autres structures. Les deux derniers font partie de mon travail, je ne me pose pas la question. Pour moi, personnellement, je n’ai qu’un compte, et je n’en veux pas d’autre : je n’aurais pas le temps de le faire vivre.</p>",
                                },
                                {
                                    "participant": "odile_kerjean",
                                    "answer": "<p>Le compte de la communauté de communes, évidemment, et depuis l’an dernier un compte personnel. J’ai longtemps refusé d’en avoir un, par peur de la confusion. Puis je me suis rendu compte que je conseillais des élus sur un outil que je ne pratiquais qu’à travers une institution. Mon compte personnel m’a appris ce qu’on ressent quand on écrit à une collectivité et qu’elle ne répond pas. C’était utile.</p>",
                                },
                                {
                                    "participant": "helene_veille",
                                    "answer": "<p>Un seul, entièrement consacré à la veille professionnelle. Je n’ai aucune envie de raconter ma vie personnelle en ligne : elle se passe ailleurs, avec des gens que je vois. Je comprends ceux qui, comme Rémi, aiment le mélange, mais pour moi la valeur de mon compte tient justement à sa cohérence. Ceux qui me suivent savent exactement ce qu’ils vont trouver.</p>",
                                },
                                {
                                    "participant": "ines_svt",
                                    "answer": "<p>Un seul, professionnel. J’ai envisagé d’en ouvrir un second pour l’astronomie, ma passion, et puis j’ai réalisé deux choses : je n’aurais pas le temps de le tenir, et mes collègues adorent les photos de la Lune que je glisse de temps en temps. Alors l’astronomie est restée, à petite dose, sur mon compte de prof. Ça reste de la science, après tout.</p>",
                                },
                            ],
                        },
                        {
                            "question": "Concrètement, comment jonglez-vous : outils, temps passé, erreurs commises ?",
                            "answers": [
                                {
                                    "participant": "theo_lambertin",
                                    "answer": "<p>Une application par compte, avec des icônes différentes sur l’écran d’accueil. Mon compte public a ma photo, mon compte privé une photo de mon vélo : impossible de confondre. J’y passe vingt minutes le matin dans le train, rarement plus. Depuis l’incident, je n’ai plus commis d’erreur de compte. La peur est une excellente formatrice, même si je ne la recommande pas comme méthode pédagogique.</p>",
                                },
                                {
                                    "participant": "remi_causse",
                                    "answer": "<p>Je ne jongle pas, c’est tout l’avantage. La Fabrique n’a même pas de compte à elle : c’est le mien qui fait office de vitrine. Mes collègues du conseil d’administration me font remarquer que le jour où je partirai, le tiers-lieu perdra sa voix et ses abonnés. Ils n’ont pas tort, et c’est sans doute le vrai défaut de mon choix. Je commence à y réfléchir.</p>",
                                },
                                {
                                    "participant": "samia_tremplin",
                                    "answer": "<p>Un outil de gestion multicomptes sur l’ordinateur du bureau, avec une colonne par compte et des couleurs différentes. Pour le compte du collectif, nous avons un calendrier partagé : chacune sait qui publie quoi et quand. Malgré ça, j’ai un jour publié une recette de tartiflette familiale sur le compte de l’association. Je l’ai supprimée, j’en ai ri publiquement, et les bénéficiaires m’en parlent encore avec tendresse.</p>",
                                },
                                {
                                    "participant": "odile_kerjean",
                                    "answer": "<p>Une règle stricte : le compte de la collectivité uniquement sur l’ordinateur du bureau, mon compte uniquement sur mon téléphone. C’est moins pratique, et il m’arrive de rater une question posée le soir, mais je dors mieux. Je passe environ une heure par jour sur le compte officiel, réparties en trois créneaux, et dix minutes sur le mien. Les astreintes du week-end sont organisées avec ma collègue.</p>",
                                },
                                {
                                    "participant": "helene_veille",
                                    "answer": "<p>Je ne jongle pas entre des comptes, mais entre des listes. J’en ai une douzaine, une par thème, et je les parcours en vingt minutes le matin et dix le soir. Tout ce qui m’intéresse est mis en signet, puis trié le vendredi pour la lettre de veille du centre. C’est une routine presque monacale, et c’est elle qui rend l’outil rentable.</p>",
                                },
                                {
                                    "participant": "ines_svt",
                                    "answer": "<p>Pour moi, le jonglage n’est pas entre des comptes mais entre des temps. Je ne tweete jamais pendant mes cours, et très peu au collège. Je prépare souvent mes messages le dimanche soir, en même temps que ma semaine : la sortie prévue, l’expérience à tester, la ressource à partager. Ensuite, je réponds aux messages le soir, quand j’en ai l’énergie. Si je ne l’ai pas, j’attends le lendemain.</p>",
                                },
                            ],
                        },
                        {
                            "question": "Qui suivez-vous, et comment faites-vous le tri entre signal et bruit ?",
                            "answers": [
                                {
                                    "participant": "theo_lambertin",
                                    "answer": "<p>Environ quatre cents comptes sur mon compte public : des formateurs, des chercheurs, des associations, quelques médias. Deux fois par an, je fais le ménage et je retire une cinquantaine de comptes qui ne m’apportent plus rien. Pendant les périodes électorales, je masque quelques mots-clés pour que mon fil professionnel reste professionnel. Ce n’est pas de l’indifférence, c’est de l’hygiène.</p>",
                                },
                                {
                                    "participant": "remi_causse",
                                    "answer": "<p>Je suis plus de mille comptes, et j’assume le désordre. Je suis délibérément des gens avec qui je ne suis pas d’accord : des élus de tous bords, des agriculteurs qui détestent les éoliennes, des militants qui les adorent. Hélène va trouver ça très bruyant. Mais si je ne lis que des gens qui pensent comme moi, je ne comprends plus mon village, et un tiers-lieu qui ne comprend pas son village ne sert à rien.</p>",
                                },
                                {
                                    "participant": "samia_tremplin",
                                    "answer": "<p>Depuis le compte de l’association, nous suivons les partenaires, les services de l’emploi, les autres associations du territoire, et tous les élus locaux qui ont un compte, sans exception et sans distinction de bord. C’était une décision du bureau : on ne voulait pas que nos abonnements ressemblent à un choix politique. Sur mon compte, je suis qui je veux, et j’y suis beaucoup plus sélective.</p>",
                                },
                                {
                                    "participant": "odile_kerjean",
                                    "answer": "<p>Pour le compte de la collectivité, nous avons écrit une politique d’abonnement : les communes membres, les services publics, les médias locaux, les associations du territoire qui le demandent. Aucun parti, aucun candidat. Elle est publiée sur notre site et la bio y renvoie. Pour surveiller ce qui se dit de nous, nous utilisons des listes privées et la recherche, sans suivre personne. Écouter n’oblige pas à s’abonner.</p>",
                                },
                                {
                                    "participant": "helene_veille",
                                    "answer": "<p>Je suis environ cent cinquante comptes, pas plus, et je les répartis dans mes listes. Mon critère est simple : sur ses dix derniers messages, combien m’ont appris quelque chose ? Moins de trois, le compte sort. Je trouve mes nouvelles sources en regardant qui citent les comptes que j’estime le plus. Et je lis toujours le fil « Abonnements » en ordre chronologique, jamais le fil recommandé.</p>",
                                },
                                {
                                    "participant": "ines_svt",
                                    "answer": "<p>Des enseignants de toutes disciplines, des chercheurs en biologie et en géologie, des muséums, quelques comptes d’astronomie. Ma règle : un compte qui publie plus de vingt messages par jour, même excellent, finit par noyer tous les autres. Je le mets alors dans une liste que je consulte à part. Et je ne suis pas en retour par politesse : je préfère écrire un petit merci.</p>",
                                },
                            ],
                        },
                        {
                            "question": "Vous arrive-t-il de vous désabonner, ou de refuser de suivre en retour ? Suivre quelqu’un, est-ce le cautionner ?",
                            "answers": [
                                {
                                    "participant": "theo_lambertin",
                                    "answer": "<p>Sur mon compte, suivre n’est pas cautionner : je suis des gens que je combats, pour connaître leurs arguments avant d’en débattre en formation. Mais j’ai compris, avec l’incident, qu’un compte d’organisation ne bénéficie pas de cette liberté. Chaque abonnement de la fédération est lu comme un signe d’amitié. C’est injuste, peut-être, mais c’est ainsi que le public le perçoit.</p>",
                                },
                                {
                                    "participant": "remi_causse",
                                    "answer": "<p>Je ne me désabonne jamais de quelqu’un du village. Ici, se désabonner, c’est comme ne plus dire bonjour à la boulangerie : tout le monde le remarque et tout le monde en parle. Quand quelqu’un m’agace, je le mets en sourdine. Il ne le sait pas, on se salue toujours au marché, et mon fil reste respirable. C’est une petite hypocrisie que je trouve très civilisée.</p>",
                                },
                                {
                                    "participant": "samia_tremplin",
                                    "answer": "<p>Depuis le compte de l’association, oui, suivre, c’est un peu cautionner, que nous le voulions ou non. Nous ne suivons donc pas les entreprises qui nous le demandent simplement pour se faire de la publicité, seulement celles avec qui nous travaillons réellement. Et nous nous sommes déjà désabonnés d’un compte qui relayait des propos méprisants envers les chômeurs. Nous l’avons fait sans commentaire public.</p>",
                                },
                                {
                                    "participant": "odile_kerjean",
                                    "answer": "<p>Pour une collectivité, se désabonner est un acte politique, même quand ce n’est pas voulu. Imaginez que nous cessions de suivre une commune membre après un désaccord budgétaire : ce serait dans la presse le lendemain. C’est pour ça que nos critères sont écrits. Nous suivons ceux qui y répondent, nous ne nous désabonnons que si un compte ne les remplit plus, et nous pouvons l’expliquer à tout moment.</p>",
                                },
                                {
                                    "participant": "helene_veille",
                                    "answer": "<p>Je me désabonne sans aucun remords, et je ne suis jamais quelqu’un en retour par politesse. Je ne suis pas d’accord avec Rémi : la sourdine, c’est garder un lien que l’on ne veut plus, et ça me semble moins honnête qu’un désabonnement. Pour moi, suivre ne veut pas dire cautionner. Retweeter, en revanche, c’est déjà un peu recommander, et là je suis très exigeante.</p>",
                                },
                                {
                                    "participant": "ines_svt",
                                    "answer": "<p>Une seule fois, et ça m’a coûté. Un collègue que j’aimais beaucoup lire est devenu de plus en plus agressif envers ceux qui ne partageaient pas ses positions sur une réforme. Je l’ai d’abord mis en sourdine, comme Rémi, puis je me suis désabonnée au bout de quelques mois. Je m’en suis sentie coupable, avant de comprendre que mon fil n’a pas à être un lieu où je me sens mal.</p>",
                                },
                            ],
                        },
                    ],
                },
            ],
        },
        {
            "slug": "semaine-4-suivre-trier-veiller",
            "title": "Semaine 4 — Suivre, trier, veiller",
            "summary": "Composer un fil d’actualité qui vous apporte du signal plutôt que du bruit, organiser sa veille avec des listes, et réfléchir à ce que signifient les abonnements d’un organisme public.",
            "intro": "Ce que vous voyez sur Twitter dépend d’abord de ce que vous avez choisi de suivre. Cette semaine, nous apprenons à composer un fil utile : où trouver de bonnes sources, comment reconnaître un compte bruyant, quand se désabonner ou mettre en sourdine. Nous découvrons ensuite les listes, l’outil le plus sous-estimé de la veille professionnelle. Nous terminons par une question délicate pour tous ceux qui animent un compte public : qui suivre, quand chaque abonnement peut être lu comme une forme de reconnaissance ?",
            "opens_after_days": 21,
            "objectives": [
                (
                    "key_points",
                    {
                        "title": "Objectifs de la semaine",
                        "points": [
                            "Distinguer le signal du bruit dans votre fil, et agir en conséquence : suivre, masquer, se désabonner.",
                            "Créer au moins deux listes de veille thématiques et une routine de lecture.",
                            "Comprendre pourquoi suivre ne vaut pas approbation pour une personne, mais pèse davantage pour une institution.",
                            "Esquisser la politique d’abonnement d’un compte d’organisation.",
                        ],
                    },
                ),
            ],
            "steps": [
                {
                    "type": "lesson",
                    "slug": "signal-et-bruit",
                    "title": "Signal et bruit : composer son fil d’actualité",
                    "summary": "Votre fil n’est pas un flux qui vous tombe dessus : c’est une sélection que vous composez. Où trouver de bonnes sources, comment repérer le bruit, comment faire le ménage.",
                    "kind": "lesson",
                    "reading_minutes": 7,
                    "body": [
                        (
                            "paragraph",
                            "<p>Beaucoup de personnes abandonnent Twitter en disant : « il n’y a que du bruit ». Elles ont raison sur ce qu’elles voient, mais ce qu’elles voient dépend en grande partie de ce qu’elles ont choisi de suivre, ou laissé la plateforme choisir à leur place. Le <b>signal</b>, c’est l’information qui vous est utile, maintenant, pour votre travail ou votre curiosité. Le <b>bruit</b>, c’est tout le reste. Les deux notions sont subjectives et changeantes : un mot-clé de congrès est du signal pendant trois jours, puis du bruit.</p>",
                        ),
                        (
                            "image",
                            {
                                "image": "signal-noise",
                                "alt_text": "Une courbe régulière, le signal, se détache au milieu de petits traits désordonnés qui représentent le bruit.",
                                "caption": "Composer son fil, c’est faire ressortir le signal sans prétendre supprimer tout le bruit.",
                                "credit": "Illustration : Gazouillis",
                            },
                        ),
                        ("heading", {"text": "Commencer petit", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Lors de l’inscription, la plateforme vous propose de suivre des dizaines de comptes populaires. Refusez, ou désabonnez-vous ensuite. Commencez par trente à cinquante comptes choisis un à un, et observez votre fil pendant deux semaines. Ajoutez au fur et à mesure, en vous demandant chaque fois : qu’est-ce que ce compte va m’apporter que je n’ai pas déjà ?</p>",
                        ),
                        ("heading", {"text": "Où trouver de bonnes sources", "level": "h2"}),
                        (
                            "paragraph",
                            "<ul><li><b>Les comptes que citent les comptes que vous estimez.</b> Si une collègue dont vous appréciez la veille cite régulièrement quelqu’un, c’est un bon candidat.</li><li><b>Les intervenants et les live-tweeteurs d’un événement</b> de votre domaine : repérez le mot-clé, lisez qui en parle bien.</li><li><b>Les listes publiques</b> composées par d’autres, qui sont autant de sélections déjà faites.</li><li><b>Les abonnements d’un compte de référence</b>, à parcourir rapidement.</li></ul>",
                        ),
                        ("heading", {"text": "Reconnaître un compte bruyant", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Quelques signes qui ne trompent pas : des dizaines de messages par jour, beaucoup de retweets sans commentaire, des publications automatiques, une indignation permanente, ou des sujets qui n’ont plus rien à voir avec ce pour quoi vous l’aviez suivi. Un compte peut être excellent et bruyant à la fois : dans ce cas, mettez-le dans une liste plutôt que dans votre fil principal.</p>",
                        ),
                        ("heading", {"text": "Les outils du ménage", "level": "h2"}),
                        (
                            "paragraph",
                            "<ul><li><b>Se désabonner</b> : la personne n’est pas prévenue. C’est un geste normal, qui n’a rien d’une rupture.</li><li><b>Mettre en sourdine</b> : vous ne voyez plus ses messages, mais vous restez abonné, et elle n’en sait rien.</li><li><b>Désactiver les retweets</b> d’un compte : vous gardez ses messages, sans ce qu’il relaie.</li><li><b>Masquer un mot ou un mot-clé</b> : utile pendant un événement que vous ne suivez pas, ou une actualité qui envahit tout.</li><li><b>Bloquer</b> : à réserver aux comptes malveillants ou harcelants.</li></ul>",
                        ),
                        (
                            "example_post",
                            {
                                "author": "Hélène Vidalenc",
                                "handle": "helene_veille",
                                "text": "Rituel du vendredi : dix minutes pour relire mes abonnements. Cette semaine, 4 départs (comptes silencieux depuis un an) et 3 arrivées, repérées dans la liste orientation de @bastien_biblio. Merci à lui !",
                                "posted_on": "22 septembre",
                                "comment": "Un fil se jardine : un peu de ménage régulier vaut mieux qu’un grand nettoyage tous les trois ans.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Choisissez votre fil",
                                "text": "<p>La plateforme propose deux fils : l’un recommandé par un algorithme, l’autre limité à vos abonnements, dans l’ordre chronologique. Pour la veille professionnelle, privilégiez le second : vous y voyez ce que vous avez choisi, et vous pouvez juger vos choix.</p>",
                            },
                        ),
                        (
                            "testimonial_link",
                            {
                                "slug": "table-ronde-comptes-et-abonnements",
                                "text": "Hélène suit cent cinquante comptes, Rémi plus de mille : deux façons opposées de trier le signal et le bruit, à lire dans la table ronde.",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "À retenir",
                                "points": [
                                    "Votre fil est le reflet de vos abonnements : le composer est votre responsabilité.",
                                    "Commencez avec trente à cinquante comptes choisis, puis ajoutez progressivement.",
                                    "Se désabonner, mettre en sourdine, masquer un mot : des gestes normaux et discrets.",
                                    "Un compte excellent mais bruyant trouve sa place dans une liste plutôt que dans votre fil.",
                                ],
                            },
                        ),
                        (
                            "think_about",
                            {
                                "question": "Faites défiler vos vingt derniers messages reçus. Combien vous ont été vraiment utiles ou ont éveillé votre curiosité ? Quels comptes produisent le reste ?",
                                "hint": "Ne vous désabonnez pas tout de suite : notez d’abord, et décidez au bout d’une semaine.",
                            },
                        ),
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "les-listes-de-veille",
                    "title": "Les listes : votre outil de veille",
                    "summary": "Regrouper des comptes par thème, sans forcément les suivre, pour lire l’essentiel en un quart d’heure. Comment construire ses listes, les partager, et rester dans les limites de la veille.",
                    "kind": "lesson",
                    "reading_minutes": 7,
                    "body": [
                        (
                            "paragraph",
                            "<p>Une liste est un fil d’actualité thématique que vous composez vous-même : vous y ajoutez des comptes, et vous ne voyez que leurs messages. C’est l’outil le plus sous-estimé de Twitter, et pourtant celui qui transforme le plus le réseau en outil de veille professionnelle. Un point essentiel : vous pouvez ajouter un compte à une liste <b>sans le suivre</b>.</p>",
                        ),
                        ("heading", {"text": "Publiques ou privées", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Une liste <b>publique</b> est visible par tous, et les comptes qui y figurent peuvent savoir qu’ils en font partie. Bien nommée, elle devient un service rendu à votre communauté : « Médiathèques du département », « Recherche en didactique des sciences ». Une liste <b>privée</b> n’est visible que de vous : idéale pour des sources que vous voulez lire sans afficher de lien avec elles.</p>",
                        ),
                        (
                            "heading",
                            {"text": "Construire sa veille en quatre étapes", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            "<ol><li><b>Définissez trois à cinq thèmes</b> qui comptent vraiment pour votre travail. Pas quinze : vous ne les lirez pas.</li><li><b>Créez une liste par thème</b>, avec un nom clair et une description d’une ligne.</li><li><b>Alimentez-les</b> avec des comptes fiables : experts, institutions, médias spécialisés, praticiens. Dix bons comptes valent mieux que cent comptes moyens.</li><li><b>Installez une routine</b> : un quart d’heure à heure fixe, en enregistrant dans vos signets ce que vous voulez relire ou partager.</li></ol>",
                        ),
                        (
                            "paragraph",
                            "<p>Une fois par semaine ou par mois, vous pouvez transformer cette veille en service pour les autres : un fil qui récapitule vos meilleures trouvailles, une lettre d’information interne, une page partagée avec vos collègues. C’est souvent ainsi que l’on devient, pour son réseau, une référence sur un sujet.</p>",
                        ),
                        (
                            "example_post",
                            {
                                "author": "Hélène Vidalenc",
                                "handle": "helene_veille",
                                "text": "Ma veille de la semaine sur la formation professionnelle, en 5 lectures. Au menu : apprentissage des adultes, reconversions, certification. C’est parti 🧵 1/6",
                                "posted_on": "6 octobre",
                                "comment": "Un fil récapitulatif : le premier message annonce le thème et le nombre d’étapes. Les lecteurs savent où ils vont.",
                            },
                        ),
                        (
                            "example_post",
                            {
                                "author": "Hélène Vidalenc",
                                "handle": "helene_veille",
                                "text": "2/6 Une enquête qualitative auprès de 40 adultes en reconversion : ce qui les fait tenir, ce qui les fait abandonner. Le passage sur l’isolement pendant la formation est éclairant. Méthode solide, échantillon modeste.",
                                "posted_on": "6 octobre",
                                "comment": "Chaque lien est accompagné de ce qu’il faut en retenir, et d’une réserve honnête sur ses limites.",
                            },
                        ),
                        ("heading", {"text": "Veille ou surveillance ?", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Surveiller ce qui se dit de votre structure, de votre domaine ou de votre territoire est légitime et utile : c’est ainsi qu’on répond à une question, qu’on corrige une erreur, qu’on repère une attente. Constituer des listes privées pour suivre de près certaines personnes, en revanche, pose d’autres questions, surtout pour une institution. La frontière passe entre l’écoute d’un sujet et le fichage d’individus.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Données personnelles",
                                "text": "<p>Une organisation qui collecterait et conserverait des informations sur des usagers à partir de leurs messages (opinions, situation, habitudes) traiterait des données personnelles, avec les obligations que cela implique. Écoutez les conversations sur vos sujets ; ne constituez pas de dossiers sur les personnes.</p>",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "À retenir",
                                "points": [
                                    "Une liste est un fil thématique ; on peut y ajouter un compte sans le suivre.",
                                    "Les listes publiques sont un service rendu aux autres ; les listes privées restent pour vous.",
                                    "Trois à cinq thèmes, dix bons comptes par liste, un quart d’heure de lecture à heure fixe.",
                                    "Écouter un sujet est de la veille ; ficher des personnes n’en est pas.",
                                ],
                            },
                        ),
                        (
                            "think_about",
                            {
                                "question": "Quels seraient les trois thèmes de vos premières listes de veille ? Pour chacun, citez deux comptes ou deux types de sources que vous y mettriez.",
                                "hint": "Si vous manquez d’idées, commencez par les intervenants du dernier colloque auquel vous avez assisté.",
                            },
                        ),
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "qui-suivre-organisme-public",
                    "title": "Qui suivre quand on est un organisme public ?",
                    "summary": "Suivre ne vaut pas approbation, mais pour une institution, chaque abonnement peut être lu comme une reconnaissance. Comment écrire une politique d’abonnement, et qui en décide.",
                    "kind": "lesson",
                    "reading_minutes": 8,
                    "body": [
                        (
                            "paragraph",
                            "<p>Pour une personne, suivre un compte ne signifie pas l’approuver : on suit aussi ceux qu’on contredit, pour les comprendre. Pour un organisme public, les choses sont moins simples. Une mairie, un établissement scolaire ou un service de l’État est tenu à la neutralité et à l’égalité de traitement. Si le compte de la collectivité suit une association et pas sa voisine, un commerçant et pas son concurrent, un élu et pas son opposant, ce choix sera interprété, à tort ou à raison.</p>",
                        ),
                        ("heading", {"text": "Écouter n’oblige pas à suivre", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Premier point à rappeler à ceux qui réclament d’être suivis « pour être entendus » : un compte public peut parfaitement écouter sans s’abonner. Toute personne qui mentionne le compte dans un message est vue par ceux qui l’animent. La recherche par mot-clé et les listes privées permettent de suivre une conversation sans afficher de lien avec chacun de ses participants. Ne pas être suivi par sa mairie ne signifie donc pas ne pas être entendu.</p>",
                        ),
                        ("heading", {"text": "Une politique d’abonnement écrite", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>La meilleure protection contre les soupçons de favoritisme est une politique d’abonnement explicite, publiée et appliquée à tous. Elle peut tenir en quelques lignes :</p><ul><li>les <b>institutions partenaires</b> : communes, services publics, établissements du territoire ;</li><li>les <b>médias</b> locaux et spécialisés ;</li><li>les <b>associations et acteurs</b> du territoire qui en font la demande et répondent à des critères objectifs ;</li><li>les <b>élus</b> uniquement au titre de leur fonction institutionnelle, et tous de la même manière ;</li><li><b>pas de partis politiques ni de candidats</b>, surtout en période électorale.</li></ul><p>Publiez-la sur votre site et renvoyez-y depuis la bio. Le jour où quelqu’un demande « pourquoi suivez-vous X et pas moi ? », vous aurez une réponse qui ne dépend pas de l’humeur de la personne qui anime le compte.</p>",
                        ),
                        (
                            "example_post",
                            {
                                "author": "Pays de Sermange",
                                "handle": "ccpaysermange",
                                "text": "Compte officiel de la communauté de communes du Pays de Sermange : infos pratiques, travaux, événements. Réponses du lundi au vendredi, 9 h-17 h. Nos abonnements ne valent pas soutien : notre politique est en lien.",
                                "posted_on": "Bio du profil",
                                "comment": "Qui parle, de quoi, quand on répond, et selon quelles règles on suit : tout tient dans la bio.",
                            },
                        ),
                        ("heading", {"text": "Qui parle au nom de l’institution ?", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>La question des abonnements en cache une autre : qui décide ? Un abonnement, un retweet, un « j’aime » publiés par le compte d’une institution sont des actes de l’institution. Il faut donc savoir qui est autorisé à les faire, selon quelles règles, et qui tranche en cas de doute : le service communication, la direction, un élu référent ? Ces décisions doivent figurer dans la charte, pour que la personne qui anime le compte ne se retrouve pas seule face à une question politique.</p><p>C’est aussi une question de crédibilité. Un compte institutionnel dont on sait qu’il est animé par une équipe identifiée, qui répond, qui explique ses choix, gagne la confiance de ses interlocuteurs. Un compte anonyme qui ne fait que diffuser des annonces ressemble vite à un haut-parleur.</p>",
                        ),
                        ("heading", {"text": "Se désabonner sans créer d’incident", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Une personne se désabonne sans que cela ait de sens particulier. Une institution qui cesse de suivre un acteur local envoie un message, voulu ou non. C’est une raison de plus pour appliquer des critères écrits : on ne se désabonne que si un compte ne les remplit plus (compte fermé, activité sans rapport, propos contraires à la loi), et l’on peut l’expliquer.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_idea",
                                "title": "Suivre n’est pas cautionner… mais",
                                "text": "<p>Pour un individu, l’abonnement est un outil de lecture. Pour une institution, c’est aussi un signe public. Plutôt que de le nier dans la bio, rendez-le prévisible : des critères écrits, appliqués à tous, valent mieux que toutes les mentions « nos abonnements ne valent pas soutien ».</p>",
                            },
                        ),
                        (
                            "testimonial_link",
                            {
                                "slug": "table-ronde-comptes-et-abonnements",
                                "text": "Odile explique la politique d’abonnement de sa communauté de communes, et Samia celle de son association.",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "À retenir",
                                "points": [
                                    "Un organisme public peut écouter sans suivre : mentions, recherche et listes privées suffisent.",
                                    "Une politique d’abonnement écrite, publiée et appliquée à tous protège contre les soupçons de favoritisme.",
                                    "Abonnements, retweets et « j’aime » d’un compte institutionnel sont des actes de l’institution : la charte dit qui décide.",
                                    "Pas de partis ni de candidats ; les élus au titre de leur fonction, tous de la même manière.",
                                ],
                            },
                        ),
                        (
                            "think_about",
                            {
                                "question": "Rédigez en cinq lignes la politique d’abonnement du compte de votre structure, ou d’une structure que vous connaissez. Quelle demande d’abonnement vous mettrait dans l’embarras ?",
                                "hint": "Pensez à une association militante, à une entreprise locale, à un élu d’opposition, à un compte satirique sur votre commune.",
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "semaine-5-live-tweeter",
            "title": "Semaine 5 — Live-tweeter un événement",
            "summary": "Préparer un live-tweet, citer les intervenants avec justesse, raconter en fil, et rester lisible, accessible et respectueux de vos abonnés comme des personnes présentes.",
            "intro": "Le live-tweet, c’est le compte rendu en direct d’une conférence, d’une journée d’étude ou d’une réunion publique. Pour ceux qui ne peuvent pas venir, c’est une fenêtre sur l’événement ; pour vous, c’est une prise de notes partagée ; pour les intervenants, c’est une audience élargie. Mais c’est aussi un exercice exigeant : il faut résumer sans trahir, suivre le rythme sans noyer vos abonnés, et penser à ceux qui vous lisent avec un lecteur d’écran. Cette dernière semaine vous prépare à votre premier live-tweet, du repérage du mot-clé jusqu’au message de clôture.",
            "opens_after_days": 28,
            "objectives": [
                (
                    "key_points",
                    {
                        "title": "Objectifs de la semaine",
                        "points": [
                            "Préparer un live-tweet : mot-clé, identifiants des intervenants, autorisations, annonce à vos abonnés.",
                            "Citer fidèlement, distinguer citation, reformulation et avis personnel.",
                            "Organiser vos messages en fil lisible et garder un rythme raisonnable.",
                            "Rendre vos messages accessibles : textes alternatifs, mots-clés lisibles, émojis avec modération.",
                        ],
                    },
                ),
            ],
            "steps": [
                {
                    "type": "lesson",
                    "slug": "preparer-un-live-tweet",
                    "title": "Préparer un live-tweet",
                    "summary": "Un bon live-tweet se prépare la veille : repérer le mot-clé et les comptes des intervenants, vérifier ce qui peut être diffusé, prévenir vos abonnés.",
                    "kind": "lesson",
                    "reading_minutes": 7,
                    "body": [
                        (
                            "paragraph",
                            "<p>Live-tweeter, c’est publier pendant un événement une série de messages qui en restituent l’essentiel : les idées fortes, les chiffres marquants, les questions de la salle. Pour ceux qui vous suivent à distance, c’est une façon de participer ; pour vous, c’est une prise de notes que vous retrouverez ensuite. Mais en direct, on n’a pas le temps de chercher l’identifiant d’une intervenante ou l’orthographe d’un mot-clé. Tout ce qui peut être préparé doit l’être la veille.</p>",
                        ),
                        ("heading", {"text": "Repérer le mot-clé", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Le mot-clé de l’événement rassemble tous les messages qui en parlent. Cherchez-le sur le programme, le site ou le compte des organisateurs, et vérifiez son orthographe exacte. S’il n’y en a pas, demandez aux organisateurs s’ils en ont prévu un, plutôt que d’en inventer un qui ne sera utilisé que par vous. Vérifiez aussi qu’il n’est pas déjà employé pour tout autre chose : un mot-clé trop court mélange parfois un colloque et un match de football.</p>",
                        ),
                        ("heading", {"text": "Préparer son aide-mémoire", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Dans une note sur votre téléphone, rassemblez :</p><ul><li>le mot-clé, prêt à copier ;</li><li>l’identifiant de chaque intervenant, de l’organisateur et du lieu, avec l’orthographe exacte des noms de ceux qui n’ont pas de compte ;</li><li>le programme, avec les horaires ;</li><li>l’adresse de la page où seront publiés les supports ou l’enregistrement, si elle existe ;</li><li>le premier message, déjà rédigé.</li></ul>",
                        ),
                        ("heading", {"text": "Vérifier ce qui peut être diffusé", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Toutes les séances ne sont pas publiques. Certains ateliers, certaines réunions de travail se tiennent sous la règle de confidentialité : on peut utiliser les informations, mais sans dire qui a dit quoi, ou pas du tout. Renseignez-vous auprès des organisateurs. Demandez aussi si les photos des participants sont autorisées : un amphithéâtre plein n’est pas un décor, ce sont des personnes qui n’ont pas forcément envie d’apparaître sur votre compte.</p>",
                        ),
                        ("heading", {"text": "Prévenir vos abonnés", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Une journée de live-tweet, ce sont souvent plusieurs dizaines de messages qui vont occuper le fil de vos abonnés. Prévenez-les la veille ou le matin, en indiquant le mot-clé : ceux que le sujet n’intéresse pas pourront le masquer, et ceux qu’il intéresse sauront où vous suivre.</p>",
                        ),
                        (
                            "example_post",
                            {
                                "author": "Bastien Roure",
                                "handle": "bastien_biblio",
                                "text": "Demain, je live-tweete les Rencontres numériques de Valbrune : médiation, inclusion, ateliers pour tous. Ce sera sous #RencontresValbrune. Si le sujet ne vous parle pas, masquez le mot-clé : je ne le prendrai pas mal !",
                                "posted_on": "13 novembre",
                                "comment": "Le mot-clé est donné, le programme résumé en trois mots, et les abonnés qui ne sont pas concernés savent comment se protéger du flot.",
                            },
                        ),
                        ("heading", {"text": "Seul ou à plusieurs", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Si plusieurs collègues assistent à l’événement, répartissez-vous les séances, surtout s’il y a des ateliers en parallèle. Si vous live-tweetez depuis le compte de votre structure, convenez à l’avance de ce qui relève de l’institution (le programme, les annonces, les remerciements) et de ce qui sera plutôt relayé depuis vos comptes personnels (les réactions, les avis). Enfin, pensez à l’intendance : batterie chargée, batterie de secours, accès au réseau du lieu.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Le premier message, déjà prêt",
                                "text": "<p>Rédigez la veille le message qui ouvrira votre fil : le nom de l’événement, le lieu, le mot-clé, le compte des organisateurs, et ce dont vous allez parler. Le jour J, il ne vous restera qu’à l’envoyer quand la séance commence.</p>",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "À retenir",
                                "points": [
                                    "Le mot-clé se vérifie chez les organisateurs ; on n’en invente pas un dans son coin.",
                                    "Un aide-mémoire avec les identifiants des intervenants vous fera gagner un temps précieux.",
                                    "Toutes les séances ne sont pas publiques, et les participants ne sont pas un décor.",
                                    "Prévenez vos abonnés et donnez-leur le mot-clé, pour qu’ils puissent le suivre ou le masquer.",
                                ],
                            },
                        ),
                        (
                            "think_about",
                            {
                                "question": "Quel événement professionnel des prochains mois pourriez-vous live-tweeter, même partiellement ? Que vous faudrait-il préparer dès maintenant ?",
                                "hint": "Une réunion de réseau, une formation, une conférence locale : pas besoin d’un grand congrès pour commencer.",
                            },
                        ),
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "citer-juste-et-raconter-en-fil",
                    "title": "Pendant l’événement : citer juste, raconter en fil",
                    "summary": "Guillemets pour les mots exacts, reformulation attribuée, avis signalé comme tel : les règles d’un compte rendu fidèle, et l’art de construire un fil lisible.",
                    "kind": "lesson",
                    "reading_minutes": 8,
                    "body": [
                        (
                            "paragraph",
                            "<p>En direct, vous êtes le seul lien entre la salle et ceux qui vous lisent. Ils ne savent de l’intervention que ce que vous en dites. Cette responsabilité est simple à énoncer : ne pas faire dire aux intervenants ce qu’ils n’ont pas dit. Elle est plus difficile à tenir quand il faut résumer vingt minutes d’exposé en quelques messages de 280 caractères.</p>",
                        ),
                        ("heading", {"text": "Citer, reformuler, donner son avis", "level": "h2"}),
                        (
                            "paragraph",
                            "<ul><li><b>Les guillemets sont réservés aux mots exacts.</b> Si vous n’êtes pas sûr de la formulation, ne mettez pas de guillemets.</li><li><b>La reformulation s’attribue</b> : « Pour @apeyrolle, … », « Selon l’intervenante… ». Elle doit rester fidèle à l’idée, nuances comprises.</li><li><b>Votre avis se signale</b> : « Mon avis : … », « Je retiens surtout… ». Vos lecteurs doivent savoir ce qui vient de la tribune et ce qui vient de vous.</li><li><b>Mentionnez l’intervenant</b> s’il a un compte : il pourra corriger, compléter ou relayer.</li></ul>",
                        ),
                        (
                            "example_post",
                            {
                                "author": "Bastien Roure",
                                "handle": "bastien_biblio",
                                "text": "« Les publics qu’on ne voit pas ne sont pas des publics qui ne viennent pas : ce sont des publics qu’on n’a pas encore invités. » @apeyrolle ouvre la journée sur la médiation hors les murs. #RencontresValbrune",
                                "posted_on": "14 novembre",
                                "comment": "Guillemets pour une phrase notée mot à mot, intervenante mentionnée, contexte en une ligne, mot-clé de l’événement.",
                            },
                        ),
                        (
                            "example_post",
                            {
                                "author": "Compte fictif",
                                "handle": "live_express",
                                "text": "@apeyrolle : les bibliothèques ne servent plus à rien si elles restent dans leurs murs !!! #RencontresValbrune",
                                "posted_on": "14 novembre",
                                "comment": "La même intervention, déformée. L’idée nuancée devient une provocation, et c’est elle qui risque de circuler. Personne n’a dit « ne servent plus à rien ».",
                            },
                        ),
                        ("heading", {"text": "Construire un fil", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Plutôt que des messages isolés, publiez vos messages en <b>fil</b> : chacun répond au précédent, et le lecteur peut tout lire d’un seul geste. Quelques principes :</p><ul><li>le premier message pose le contexte : événement, lieu, séance, intervenant, mot-clé ;</li><li>chaque message doit pouvoir être compris seul, car il sera parfois relayé seul ;</li><li>gardez le mot-clé dans chaque message, pour qu’il apparaisse dans la conversation de l’événement ;</li><li>changez de fil ou signalez clairement quand vous passez à une autre séance.</li></ul>",
                        ),
                        (
                            "example_post",
                            {
                                "author": "Bastien Roure",
                                "handle": "bastien_biblio",
                                "text": "Table ronde « Ateliers numériques : pour qui ? » avec @luc_terrasson et @samia_tremplin. Je résume ici les échanges ⬇️ #RencontresValbrune",
                                "posted_on": "14 novembre",
                                "comment": "Un premier message de fil : le titre de la séance, les intervenants, la promesse d’un résumé.",
                            },
                        ),
                        (
                            "example_post",
                            {
                                "author": "Bastien Roure",
                                "handle": "bastien_biblio",
                                "text": "Pour @samia_tremplin, les personnes en recherche d’emploi viennent rarement d’elles-mêmes aux ateliers numériques. Ce qui marche : les proposer là où elles sont déjà, avec un accompagnateur qu’elles connaissent. #RencontresValbrune",
                                "posted_on": "14 novembre",
                                "comment": "Une reformulation attribuée, sans guillemets, qui garde l’idée et son exemple concret.",
                            },
                        ),
                        ("heading", {"text": "Trouver le bon rythme", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>On ne retranscrit pas une conférence, on en donne l’essentiel. Trois à cinq messages pour une intervention de vingt minutes suffisent souvent : l’idée principale, un exemple ou un chiffre, une question de la salle. Écoutez d’abord, écrivez ensuite. Une photo de diapositive peut remplacer trois messages, à condition d’être lisible et décrite (nous y revenons dans la leçon suivante).</p><p>Prenez aussi le temps d’interagir : répondez aux questions de ceux qui suivent à distance, relayez quelques messages d’autres participants qui complètent les vôtres, sans tout retweeter.</p>",
                        ),
                        ("heading", {"text": "Après : fermer la boucle", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>À la fin de l’événement, publiez un message de clôture : remerciements aux organisateurs et aux intervenants, lien vers les supports ou l’enregistrement quand ils sont disponibles. Si vous avez commis une erreur, corrigez-la en réponse au message concerné. Et si vous le pouvez, transformez votre fil en compte rendu sur un blog ou une lettre interne : c’est ce qui lui donnera une seconde vie.</p>",
                        ),
                        (
                            "key_points",
                            {
                                "title": "À retenir",
                                "points": [
                                    "Guillemets pour les mots exacts, reformulation attribuée, avis personnel signalé comme tel.",
                                    "Un fil avec un premier message de contexte ; chaque message compréhensible seul, avec le mot-clé.",
                                    "L’essentiel plutôt que la transcription : trois à cinq messages par intervention.",
                                    "Message de clôture, liens vers les supports, correction des erreurs.",
                                ],
                            },
                        ),
                        (
                            "think_about",
                            {
                                "question": "Entraînez-vous sur une conférence enregistrée de votre domaine : résumez vingt minutes en quatre messages. Qu’avez-vous dû laisser de côté ? Qu’est-ce qui risquait d’être déformé ?",
                                "hint": "Demandez à un collègue qui a vu la conférence s’il reconnaît l’intervenant dans votre résumé.",
                            },
                        ),
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "un-live-tweet-accessible-et-respectueux",
                    "title": "Un live-tweet accessible et respectueux",
                    "summary": "Textes alternatifs, mots-clés lisibles, émojis avec modération : penser à ceux qui vous lisent autrement. Et respecter les personnes présentes comme vos abonnés.",
                    "kind": "lesson",
                    "reading_minutes": 7,
                    "body": [
                        (
                            "paragraph",
                            "<p>Parmi vos abonnés, certains vous lisent avec un lecteur d’écran qui vocalise le texte, d’autres agrandissent les caractères, d’autres encore découvrent vos messages en mode économie de données, sans les images. Un live-tweet accessible est un live-tweet que tous ceux-là peuvent suivre. Les gestes à prendre sont simples, et ils rendent vos messages meilleurs pour tout le monde.</p>",
                        ),
                        ("heading", {"text": "Décrire les images", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Chaque image publiée peut recevoir un <b>texte alternatif</b>, qui sera lu à la place de l’image par les lecteurs d’écran. La plateforme accepte jusqu’à 1 000 caractères, mais une ou deux phrases suffisent le plus souvent. Décrivez ce qui compte pour comprendre le message :</p><ul><li>pour une diapositive, son titre et son contenu essentiel (les chiffres, la conclusion) ;</li><li>pour un schéma, ce qu’il montre, pas sa forme ;</li><li>pour une photo de tribune, qui parle et dans quel contexte.</li></ul><p>Inutile de commencer par « image de » : le lecteur d’écran l’annonce déjà.</p>",
                        ),
                        (
                            "example_post",
                            {
                                "author": "Bastien Roure",
                                "handle": "bastien_biblio",
                                "text": "Le chiffre qui a fait réagir la salle : 2 inscrits sur 3 aux ateliers numériques de l’an dernier ne fréquentaient pas la médiathèque avant. @luc_terrasson #RencontresValbrune [photo de la diapositive]",
                                "posted_on": "14 novembre",
                                "comment": "Texte alternatif de la photo : « Diapositive intitulée Qui vient aux ateliers ? Un diagramme circulaire montre 65 % de nouveaux usagers et 35 % d’usagers déjà inscrits. »",
                            },
                        ),
                        ("heading", {"text": "Écrire pour être lu par tous", "level": "h2"}),
                        (
                            "paragraph",
                            "<ul><li><b>Des majuscules dans les mots-clés composés</b> : #RencontresValbrune se lit et se vocalise correctement, #rencontresvalbrune beaucoup moins bien.</li><li><b>Des émojis avec modération</b> et en fin de phrase : chacun est lu à voix haute par son nom (« flèche vers le bas », « visage qui rit aux larmes »). Trois à la suite, et le message devient pénible à écouter.</li><li><b>Pas de caractères « décoratifs »</b> : les lettres stylisées (gras, italique ou cursives obtenues par des générateurs de texte) sont souvent illisibles pour les lecteurs d’écran et les moteurs de recherche.</li><li><b>Pas de texte important uniquement dans une image</b> : s’il est essentiel, il doit figurer dans le message ou dans le texte alternatif.</li><li><b>Des vidéos sous-titrées</b> si vous en publiez : beaucoup de gens les regardent sans le son.</li></ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Activez le rappel",
                                "text": "<p>Dans les paramètres d’accessibilité de la plateforme, vous pouvez activer un rappel qui vous invite à ajouter un texte alternatif avant de publier une image. En direct, quand tout va vite, c’est un filet de sécurité précieux.</p>",
                            },
                        ),
                        ("heading", {"text": "Respecter les personnes présentes", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Un événement professionnel n’est pas un espace public comme un autre. Ne photographiez pas les participants sans leur accord, et jamais des mineurs, des patients ou des usagers en situation de fragilité. Ne rapportez pas les conversations de la pause café, même savoureuses. Ne vous moquez pas d’un intervenant qui cherche ses mots ou d’une question maladroite de la salle : la personne concernée lira peut-être votre message le soir même. Et respectez les séances annoncées comme confidentielles.</p>",
                        ),
                        ("heading", {"text": "Respecter vos abonnés", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Même prévenus, vos abonnés n’ont pas tous envie de lire soixante messages sur une journée d’étude. Limitez le volume à l’essentiel, regroupez vos messages en fils, et arrêtez-vous quand l’événement est fini. Pour un grand événement sur plusieurs jours, la question se pose de live-tweeter depuis le compte de votre structure plutôt que depuis le vôtre, ou de confier l’exercice à un collègue dont c’est davantage le public.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Pas de données personnelles",
                                "text": "<p>Dans les secteurs de la santé, du social ou de l’éducation, un cas présenté en conférence est souvent anonymisé pour la salle, mais un détail relayé en ligne peut suffire à reconnaître une personne. Ne reprenez jamais les éléments d’un cas individuel, même anonymisé.</p>",
                            },
                        ),
                        (
                            "key_points",
                            {
                                "title": "À retenir",
                                "points": [
                                    "Chaque image reçoit un texte alternatif qui dit ce qui compte, pas sa forme.",
                                    "Mots-clés avec majuscules, émojis rares et en fin de phrase, pas de lettres décoratives.",
                                    "Pas de photos de participants sans accord, pas de conversations privées, pas de moqueries.",
                                    "Limitez le volume, regroupez en fils, arrêtez-vous à la fin de l’événement.",
                                ],
                            },
                        ),
                        (
                            "think_about",
                            {
                                "question": "Reprenez une image que vous avez publiée récemment, sur n’importe quel réseau. Quel texte alternatif lui auriez-vous donné ? Votre message se comprenait-il sans l’image ?",
                                "hint": "Essayez d’écouter votre message avec le lecteur d’écran de votre téléphone : l’expérience est souvent éclairante.",
                            },
                        ),
                        (
                            "paragraph",
                            "<p>C’est la dernière leçon du cours. Vous savez désormais vous présenter, choisir au nom de qui vous parlez, organiser vos comptes, composer votre veille et rendre compte d’un événement. Il ne vous reste qu’à pratiquer, et à partager avec les autres participants ce que vous avez essayé. Bon gazouillis !</p>",
                        ),
                    ],
                },
            ],
        },
    ],
}


# Threads under the round tables, written by the demo learners of a local demo
# (`load_demo_learners` creates them once the accounts exist). Each entry: the
# testimonial's slug, then comments as (author email, text, replies).
DISCUSSIONS = [
    {
        "slug": "table-ronde-se-presenter",
        "comments": [
            (
                "apprenante@demo.gazouillis.test",
                "Ce qui m’a frappée, c’est que presque tout le monde a réécrit sa bio "
                "plusieurs fois. Moi, je n’ose pas encore écrire mon métier : j’ai peur "
                "que chaque message soit lu comme la position de mon employeur.",
                [
                    (
                        "apprenant@demo.gazouillis.test",
                        "Même crainte ici. La phrase d’avertissement de la leçon m’aide, "
                        "mais je me demande si elle protège vraiment quelque chose ou si "
                        "elle rassure surtout celui qui l’écrit.",
                    ),
                    (
                        "apprenante@demo.gazouillis.test",
                        "Bonne question ! Pour moi, elle dit surtout aux lecteurs d’où je "
                        "parle. Ce qui protège, c’est ce qu’on choisit de *publier*.",
                    ),
                ],
            ),
            (
                "apprenant@demo.gazouillis.test",
                "J’ai aimé les réponses sur la photo : un visage plutôt qu’un logo, même "
                "pour un compte professionnel. Je change la mienne cette semaine.",
                [],
            ),
        ],
    },
    {
        "slug": "table-ronde-comptes-et-abonnements",
        "comments": [
            (
                "apprenant@demo.gazouillis.test",
                "Deux comptes, c’est deux fois plus de temps. Je retiens l’idée des "
                "listes : on peut séparer sa veille sans séparer ses comptes.",
                [
                    (
                        "apprenante@demo.gazouillis.test",
                        "Et l’inverse marche aussi : un seul compte, avec des listes "
                        "privées pour ne pas mélanger les fils.",
                    ),
                ],
            ),
        ],
    },
]

# Exercises, added at the end of their module (the loader creates them once).
EXERCISES = [
    {
        "module": "semaine-1-se-presenter",
        "slug": "exercice-ecrire-sa-bio",
        "kind": "bio",
        "title": "Exercice : écrivez votre bio",
        "summary": "160 caractères pour dire qui vous êtes, ce que vous faites et pour qui vous parlez, avec une liste de vérification qui s’allume pendant que vous écrivez.",
        "intro": "À vous de jouer : écrivez la bio de votre compte professionnel, ou celle du compte que vous aimeriez ouvrir. La liste à côté du champ se coche au fil de votre écriture. Rien ne presse : votre brouillon est enregistré tout seul.",
        "char_limit": 160,
        "picture_question": "Quelle photo de profil allez-vous choisir, et pourquoi ?",
        "bio_rules": [
            (
                "role",
                {
                    "label": "Vous dites votre métier",
                    "phrases": "enseignant\nenseignante\nprofesseur\nprofesseure\nbibliothécaire\ndocumentaliste\nchargé de communication\nchargée de communication\nagent\nagente\nformateur\nformatrice\ninfirmier\ninfirmière\nanimateur\nanimatrice\nbénévole\nresponsable\nconseiller\nconseillère",
                },
            ),
            (
                "organisation",
                {
                    "label": "Vous nommez votre organisation",
                    "phrases": "mairie\nmédiathèque\nbibliothèque\ncollège\nlycée\nécole\nuniversité\nassociation\nhôpital\nmusée\nréseau\noffice de tourisme\ndépartement\nrégion",
                },
            ),
            (
                "audience",
                {
                    "label": "Vous dites pour qui vous parlez",
                    "phrases": "pour les\npour mes\npour nos\nauprès des\navec les\nparents\nélèves\nlecteurs\nhabitants\npatients\nfamilles\ncollègues",
                },
            ),
            (
                "disclaimer",
                {
                    "label": "Vous précisez que vous parlez en votre nom",
                    "phrases": "avis perso\navis personnels\nmes tweets n'engagent que moi\nn'engagent que moi\nà titre personnel\nopinions personnelles",
                    "only_with_organisation": True,
                },
            ),
            ("max_hashtags", {"label": "Deux hashtags au plus", "maximum": 2}),
        ],
        "example_bios": [
            {
                "name": "Solène Marchetti",
                "handle": "solene_doc",
                "bio": "Professeure documentaliste au collège des Tilleuls. Éducation aux médias pour les élèves et leurs parents. Avis perso. #EMI",
                "comment": "Métier, lieu, public et avertissement : tout y est, en 123 caractères.",
            },
            {
                "name": "Basile Okonjo",
                "handle": "basile_o",
                "bio": "Passionné. Curieux. Café. 🚲 #innovation #digital #futur #leadership",
                "comment": "Quatre hashtags et aucun métier : on ne sait ni qui parle, ni de quoi.",
            },
        ],
    },
    {
        "module": "semaine-3-un-compte-ou-deux",
        "slug": "exercice-un-compte-ou-deux",
        "kind": "one_or_two",
        "title": "Exercice : un compte ou deux ?",
        "summary": "Quatre questions sur votre situation, une recommandation argumentée et les témoignages de celles et ceux qui ont choisi chaque voie.",
        "intro": "Il n’y a pas de bonne réponse universelle. Répondez à ces quatre questions sur votre situation : nous vous dirons vers quelle organisation de comptes elles penchent, et pourquoi. Vous pourrez ensuite dire si vous êtes d’accord.",
        "questions": [
            {
                "question": "Parlez-vous au nom d’une structure (service, établissement, association) ?",
                "answers": [
                    {
                        "text": "Oui, c’est une partie de mon poste",
                        "one": 0,
                        "two": 1,
                        "organisation": 3,
                        "reason": "Quand on parle au nom d’une structure, un compte à son nom permet de passer le relais sans perdre l’audience.",
                    },
                    {
                        "text": "Parfois, de manière informelle",
                        "one": 1,
                        "two": 2,
                        "organisation": 0,
                        "reason": "Une parole institutionnelle occasionnelle se distingue mieux sur un compte à part.",
                    },
                    {
                        "text": "Non, je parle en mon nom",
                        "one": 3,
                        "two": 0,
                        "organisation": 0,
                        "reason": "Si vous ne parlez qu’en votre nom, un seul compte suffit souvent.",
                    },
                ],
            },
            {
                "question": "Voulez-vous parler aussi de votre vie personnelle (loisirs, engagements, famille) ?",
                "answers": [
                    {
                        "text": "Oui, régulièrement",
                        "one": 0,
                        "two": 3,
                        "organisation": 0,
                        "reason": "Séparer vie privée et métier protège les deux publics l’un de l’autre.",
                    },
                    {
                        "text": "Un peu, sans rien de sensible",
                        "one": 2,
                        "two": 1,
                        "organisation": 0,
                        "reason": "Un peu de personnel rend un compte de métier plus humain.",
                    },
                    {
                        "text": "Non, jamais",
                        "one": 2,
                        "two": 0,
                        "organisation": 0,
                        "reason": "Sans contenu personnel, un second compte n’apporte rien.",
                    },
                ],
            },
            {
                "question": "Combien de temps pouvez-vous y consacrer chaque semaine ?",
                "answers": [
                    {
                        "text": "Moins d’une heure",
                        "one": 3,
                        "two": 0,
                        "organisation": 0,
                        "reason": "Deux comptes, c’est deux fils à nourrir : avec peu de temps, mieux vaut un seul compte vivant.",
                    },
                    {
                        "text": "Une à trois heures",
                        "one": 1,
                        "two": 1,
                        "organisation": 1,
                        "reason": "",
                    },
                    {
                        "text": "Plus, et avec des collègues",
                        "one": 0,
                        "two": 1,
                        "organisation": 2,
                        "reason": "Un compte d’organisation tenu à plusieurs survit aux départs et aux vacances.",
                    },
                ],
            },
            {
                "question": "Êtes-vous soumis à un devoir de réserve ou à une charte de votre employeur ?",
                "answers": [
                    {
                        "text": "Oui, et elle est stricte",
                        "one": 0,
                        "two": 2,
                        "organisation": 1,
                        "reason": "Un devoir de réserve strict invite à bien séparer ce qui relève du métier.",
                    },
                    {
                        "text": "Oui, mais souple",
                        "one": 1,
                        "two": 1,
                        "organisation": 0,
                        "reason": "",
                    },
                    {"text": "Non", "one": 1, "two": 0, "organisation": 0, "reason": ""},
                ],
            },
        ],
        "outcomes": [
            {
                "choice": "one",
                "explanation": "Un seul compte, à votre nom, où le métier domine et où un peu de personnel humanise le tout. C’est le plus simple à faire vivre, à condition de toujours vous demander qui vous lit.",
                "testimonials": ["temoignage-le-declic"],
            },
            {
                "choice": "two",
                "explanation": "Deux comptes : un pour le métier, un pour le reste. Cela demande de la discipline (vérifier depuis quel compte on publie !) mais protège chacun de vos publics.",
                "testimonials": ["table-ronde-comptes-et-abonnements"],
            },
            {
                "choice": "organisation",
                "explanation": "Un compte au nom de votre structure, tenu selon une ligne éditoriale claire, et éventuellement votre compte personnel à côté. Le compte d’organisation survit aux changements d’équipe.",
                "testimonials": ["table-ronde-se-presenter", "table-ronde-comptes-et-abonnements"],
            },
        ],
    },
    {
        "module": "semaine-3-un-compte-ou-deux",
        "slug": "exercice-prendre-position",
        "kind": "reflection",
        "title": "Exercice : prenez position",
        "summary": "Faut-il montrer sa vie personnelle sur un compte de métier ? Prenez position, argumentez, puis découvrez comment la classe s’est répartie.",
        "intro": "Après le débat de cette semaine, c’est à vous. Choisissez une position et défendez-la en quelques phrases, avec un exemple tiré de votre pratique si vous le pouvez.",
        "prompt": "Sur un compte où vous parlez de votre métier, faut-il montrer un peu de votre vie personnelle ?",
        "min_words": 30,
        "max_words": 250,
        "positions": [
            {
                "label": "Oui, un peu de personnel rend le compte humain",
                "description": "Les lecteurs suivent une personne, pas une fiche de poste.",
            },
            {
                "label": "Non, le métier et rien que le métier",
                "description": "Ce qui est personnel appartient à un autre espace.",
            },
            {
                "label": "Cela dépend du métier et du public",
                "description": "Un enseignant et une chargée de communication n’ont pas les mêmes contraintes.",
            },
        ],
    },
]

# What the demo learners handed in, and the feedback they gave each other.
EXERCISE_SUBMISSIONS = [
    {
        "exercise": "exercice-ecrire-sa-bio",
        "email": "apprenante@demo.gazouillis.test",
        "visibility": "shared",
        "versions": [
            {
                "text": "Bibliothécaire. J'aime les livres et le jardinage. #lecture #jardin #bd #mangas"
            },
            {
                "text": "Bibliothécaire à la médiathèque de Kerlouan, pour les lecteurs petits et grands. Avis perso. #lecture",
                "picture_answer": "Une photo de moi entre deux rayonnages, en lumière naturelle.",
            },
        ],
        "comments": [
            (
                "apprenant@demo.gazouillis.test",
                "La deuxième version est bien plus claire : on sait tout de suite où tu travailles et pour qui. Peut-être ajouter le lien du site de la médiathèque ?",
            ),
        ],
    },
    {
        "exercise": "exercice-ecrire-sa-bio",
        "email": "apprenant@demo.gazouillis.test",
        "visibility": "shared",
        "versions": [
            {
                "text": "Chargé de communication à la mairie de Plouzané, j'informe les habitants sur la vie locale. Mes tweets n'engagent que moi."
            },
        ],
        "comments": [
            (
                "apprenante@demo.gazouillis.test",
                "Très efficace ! Une question : ce compte est-il le tien ou celui de la mairie ? La bio pourrait le dire.",
            ),
        ],
    },
    {
        "exercise": "exercice-prendre-position",
        "email": "apprenant@demo.gazouillis.test",
        "visibility": "shared",
        "stand": 2,
        "versions": [
            {
                "text": "Pour moi cela dépend du public. À la mairie, je parle à des habitants qui veulent une information fiable : je garde mes week-ends pour moi. Mais une amie enseignante partage ses lectures et ses sorties, et ses élèves de lycée y trouvent des idées. La règle que je retiens : ne rien publier qu'on ne voudrait pas voir affiché dans le hall de son lieu de travail."
            },
        ],
        "comments": [],
    },
]

# A message from the demo trainer, shown on the demo learners' "My learning". It
# points to the steps of the week that opens (week 2) and the trainer signs with her
# own full name (a participant of the round tables is also called Odile).
ANNOUNCEMENT = {
    "author": "formatrice@demo.gazouillis.test",
    "subject": "La semaine\u00a02 est ouverte\u00a0: parler en son nom, ou au nom de qui\u202f?",
    "body": (
        "Bonjour à toutes et à tous,\n\n"
        "La deuxième semaine s’ouvre aujourd’hui\u00a0: parler en son nom, ou au nom de son "
        "employeur. Commencez par la leçon sur l’avertissement "
        "«\u00a0Mes tweets n’engagent que moi\u00a0», puis lisez la table ronde "
        "«\u00a0se présenter, et parler pour qui\u202f?\u00a0»\u00a0: six professionnels y "
        "disent pour qui ils parlent, et comment leur bio l’annonce.\n\n"
        "Si ce n’est pas encore fait, relisez votre bio de la semaine\u00a01 à la lumière de "
        "leurs réponses, et commentez celle d’au moins deux camarades\u00a0: un retour précis "
        "et bienveillant vaut mieux qu’un long discours.\n\n"
        "Bonne semaine,\nOdile Marchetti, votre formatrice"
    ),
}
