window.LIBRO_BUSQUEDA.recibir("s-ri",["calendari","comunitari","criteri","feri","horari","interesari","intermediari","podri","prioritari","proveeduri","seri","vari"]);
