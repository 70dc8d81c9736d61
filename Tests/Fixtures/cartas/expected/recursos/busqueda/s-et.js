window.LIBRO_BUSQUEDA.recibir("s-et",["complet","paquet","tarjet"]);
