window.LIBRO_BUSQUEDA.recibir("s-et",["carpet","complet","concret","paquet","tarjet"]);
