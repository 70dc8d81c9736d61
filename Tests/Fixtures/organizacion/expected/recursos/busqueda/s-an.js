window.LIBRO_BUSQUEDA.recibir("s-an",["cruzan","enlazan","integran","median","muestran","nombran","pagan","pasan","plan","podrian","vendan"]);
