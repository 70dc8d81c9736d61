window.LIBRO_BUSQUEDA.recibir("t-bi",{"bien":[2,[15,1,17,1,38,2,63,1,66,1]]});
