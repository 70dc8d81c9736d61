window.LIBRO_BUSQUEDA.recibir("t-bi",{"bien":[2,[15,1,17,1,23,2,46,1,3,1]]});
